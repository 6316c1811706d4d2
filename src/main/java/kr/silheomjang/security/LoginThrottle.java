package kr.silheomjang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: too many failures for one account, or from one address, within a window locks further
 * attempts for a while. Kept in memory: a restart forgets, which is acceptable for throttling.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait, if locked. */
    public Optional<Duration> lockedFor(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = lockFor("account:" + AccountService.normalizeEmail(email),
                MAX_FAILURES_PER_ACCOUNT, now);
        Optional<Duration> byAddress = lockFor("address:" + address, MAX_FAILURES_PER_ADDRESS, now);
        if (account.isPresent() && byAddress.isPresent()) {
            return account.get().compareTo(byAddress.get()) > 0 ? account : byAddress;
        }
        return account.isPresent() ? account : byAddress;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        add("account:" + AccountService.normalizeEmail(email), now);
        if (address != null) {
            add("address:" + address, now);
        }
    }

    public void recordSuccess(String email) {
        failures.remove("account:" + AccountService.normalizeEmail(email));
    }

    private void add(String key, Instant now) {
        failures.compute(key, (k, deque) -> {
            Deque<Instant> d = deque == null ? new ArrayDeque<>() : deque;
            prune(d, now);
            synchronized (d) {
                d.addLast(now);
            }
            return d;
        });
    }

    private Optional<Duration> lockFor(String key, int max, Instant now) {
        Deque<Instant> d = failures.get(key);
        if (d == null) {
            return Optional.empty();
        }
        synchronized (d) {
            prune(d, now);
            if (d.size() < max) {
                return Optional.empty();
            }
            // Locked until the oldest failure that still counts leaves the window.
            Instant until = d.peekFirst().plus(WINDOW);
            return Optional.of(Duration.between(now, until));
        }
    }

    private static void prune(Deque<Instant> d, Instant now) {
        synchronized (d) {
            while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) {
                d.removeFirst();
            }
        }
    }
}
