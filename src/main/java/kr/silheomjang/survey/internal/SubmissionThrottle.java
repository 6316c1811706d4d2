package kr.silheomjang.survey.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Limits public submissions per address and per browser session within a sliding window. The per-address limit is
 * generous because a whole venue may share one Wi-Fi address; the per-session one stops a script resubmitting.
 */
@Component
public class SubmissionThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);
    public static final int PER_ADDRESS = 60;
    public static final int PER_SESSION = 5;

    private final Clock clock;
    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();

    SubmissionThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether one more submission is allowed now; counts it when it is. */
    public boolean tryAcquire(String address, String session) {
        Instant now = clock.instant();
        String a = "a:" + address;
        String s = "s:" + session;
        synchronized (this) {
            if (recent(a, now) >= PER_ADDRESS || recent(s, now) >= PER_SESSION) {
                return false;
            }
            hits.computeIfAbsent(a, k -> new ArrayDeque<>()).addLast(now);
            hits.computeIfAbsent(s, k -> new ArrayDeque<>()).addLast(now);
            if (hits.size() > 10_000) {
                hits.entrySet().removeIf(e -> {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                });
            }
            return true;
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> d = hits.get(key);
        if (d == null) {
            return 0;
        }
        prune(d, now);
        return d.size();
    }

    private static void prune(Deque<Instant> d, Instant now) {
        while (!d.isEmpty() && !d.peekFirst().isAfter(now.minus(WINDOW))) {
            d.pollFirst();
        }
    }
}
