package kr.silheomjang.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import kr.silheomjang.security.ThrottleStore;

/**
 * The default {@link ThrottleStore}: this JVM's memory. A restart forgets (acceptable for throttling); with several
 * nodes each counts its own attempts, so a shared store should replace it there (declare it {@code @Primary}).
 */
@Component
public class InMemoryThrottleStore implements ThrottleStore {

    /** Above this many entries, expired ones are swept out on the next write (a flood of addresses cannot grow it). */
    private static final int SWEEP_ABOVE = 10_000;

    private record Stored(Entry entry, Instant forgetAt) {
    }

    private final Map<String, Stored> entries = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    @Override
    public Entry increment(String key, Instant now, Duration forgetAfter) {
        Stored stored = entries.compute(key, (k, old) -> {
            int count = old == null || !old.forgetAt().isAfter(now) ? 1 : old.entry().count() + 1;
            return new Stored(new Entry(count, now), now.plus(forgetAfter));
        });
        if (entries.size() > SWEEP_ABOVE && writes.incrementAndGet() % 100 == 0) {
            entries.values().removeIf(s -> !s.forgetAt().isAfter(now));
        }
        return stored.entry();
    }

    @Override
    public void decrement(String key, Instant now) {
        entries.computeIfPresent(key, (k, old) -> !old.forgetAt().isAfter(now) || old.entry().count() <= 1 ? null
                : new Stored(new Entry(old.entry().count() - 1, old.entry().last()), old.forgetAt()));
    }

    @Override
    public Optional<Entry> get(String key, Instant now) {
        Stored stored = entries.get(key);
        if (stored == null || !stored.forgetAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(stored.entry());
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }
}
