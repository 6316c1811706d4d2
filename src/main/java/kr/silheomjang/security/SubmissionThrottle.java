package kr.silheomjang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Limits public submissions (survey answers, recruitment sign-ups) per address and per browser session within a
 * sliding window. The per-address limit is generous because a whole venue may share one Wi-Fi address; the per-session one stops a script resubmitting.
 *
 * <p>The counters live in the {@link ThrottleStore}, shared by every node with the Redis live bus. The window slides
 * by weighing the previous fixed window by how much of it still overlaps (two counters per key, no list of times).
 */
@Component
public class SubmissionThrottle {

    static final Duration WINDOW = Duration.ofMinutes(10);
    public static final int PER_ADDRESS = 60;
    public static final int PER_SESSION = 5;

    private final Clock clock;
    private final ThrottleStore store;

    SubmissionThrottle(Clock clock, ThrottleStore store) {
        this.clock = clock;
        this.store = store;
    }

    /**
     * Whether one more submission is allowed now; counts it when it is. It counts first and checks the count it got,
     * taking it back when refused: two nodes asking at once for the last free place cannot both get it.
     */
    public boolean tryAcquire(String address, String session) {
        Instant now = clock.instant();
        long window = now.toEpochMilli() / WINDOW.toMillis();
        String a = "public-form:a:" + address;
        String s = "public-form:s:" + session;
        int inWindowA = store.increment(a + ":" + window, now, WINDOW.multipliedBy(2)).count();
        int inWindowS = store.increment(s + ":" + window, now, WINDOW.multipliedBy(2)).count();
        if (inWindowA + previous(a, window, now) > PER_ADDRESS || inWindowS + previous(s, window, now) > PER_SESSION) {
            store.decrement(a + ":" + window, now);
            store.decrement(s + ":" + window, now);
            return false;
        }
        return true;
    }

    /** The previous fixed window, weighed by how much of it the sliding window still overlaps. */
    private double previous(String key, long window, Instant now) {
        long windowMillis = WINDOW.toMillis();
        double stillOverlapping = 1.0 - (double) (now.toEpochMilli() % windowMillis) / windowMillis;
        // Rounded up: right after a window turns, the previous window still counts in full.
        return Math.ceil(count(key + ":" + (window - 1), now) * stillOverlapping);
    }

    private int count(String key, Instant now) {
        return store.get(key, now).map(ThrottleStore.Entry::count).orElse(0);
    }
}
