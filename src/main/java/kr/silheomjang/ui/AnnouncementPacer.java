package kr.silheomjang.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * At most one announcement per interval: a sentence offered while the last one is younger than the interval waits, and
 * everything that waited is said together once the slot has opened, as the latest sentence plus "and n more" (a
 * screen reader interrupted every few hundred milliseconds says nothing useful). What waits is said by the first
 * {@link #flush} at or after the slot: the caller flushes when a push goes out anyway and plans one flush of its own
 * as a fallback ({@link Next.FlushIn}, {@link #plannedFor}). Not thread-safe: used inside one UI's lock.
 */
final class AnnouncementPacer {

    private final Duration interval;
    private final IntFunction<String> more;
    private final List<String> pending = new ArrayList<>();
    private @Nullable Instant lastSaid;
    /** The slot a fallback flush was planned for, while sentences wait for it; null when nothing waits. */
    private @Nullable Instant plannedFor;

    /** @param more the words for "and n more", e.g. "(외 2건)" */
    AnnouncementPacer(Duration interval, IntFunction<String> more) {
        this.interval = interval;
        this.more = more;
    }

    /** What happens to a new sentence: said now, or waits for a slot that opens after the returned delay. */
    sealed interface Next {
        record SayNow(String text) implements Next {
        }

        /** The sentence waits; the slot opens after {@code delay}: plan a fallback flush then (or later). */
        record FlushIn(Duration delay) implements Next {
        }

        /** The sentence joins those already waiting for a planned slot. */
        record Wait() implements Next {
        }
    }

    Next offer(String sentence, Instant now) {
        pending.add(sentence);
        if (slotOpen(now)) {
            return new Next.SayNow(take(now));
        }
        if (plannedFor != null) {
            return new Next.Wait();
        }
        plannedFor = lastSaid.plus(interval);
        return new Next.FlushIn(Duration.between(now, plannedFor));
    }

    /**
     * Everything waiting, as one sentence, if its slot has opened (empty if nothing waits or the slot is still
     * closed, in which case the sentences keep waiting).
     */
    Optional<String> flush(Instant now) {
        if (pending.isEmpty() || !slotOpen(now)) {
            return Optional.empty();
        }
        return Optional.of(take(now));
    }

    /** Nothing waits and a sentence could be said now. */
    boolean quiet(Instant now) {
        return pending.isEmpty() && slotOpen(now);
    }

    /** The slot the waiting sentences were planned for (null when nothing waits): a fallback for another is stale. */
    @Nullable
    Instant plannedFor() {
        return plannedFor;
    }

    private boolean slotOpen(Instant now) {
        return lastSaid == null || !now.isBefore(lastSaid.plus(interval));
    }

    private String take(Instant now) {
        String latest = pending.getLast();
        int others = pending.size() - 1;
        pending.clear();
        plannedFor = null;
        lastSaid = now;
        return others == 0 ? latest : latest + " " + more.apply(others);
    }
}
