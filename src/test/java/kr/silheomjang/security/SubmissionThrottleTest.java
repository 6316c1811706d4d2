package kr.silheomjang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import kr.silheomjang.security.internal.InMemoryThrottleStore;
import kr.silheomjang.support.MutableClock;

class SubmissionThrottleTest {

    MutableClock clock = MutableClock.startingNow();
    InMemoryThrottleStore shared = new InMemoryThrottleStore();

    @Test
    void twoNodesAskingAtOnceForASessionsLastPlaceDoNotBothGetIt() throws Exception {
        SubmissionThrottle warmUp = new SubmissionThrottle(clock, shared);
        for (int i = 0; i < SubmissionThrottle.PER_SESSION - 1; i++) {
            assertThat(warmUp.tryAcquire("10.0.0." + i, "browser")).isTrue();
        }
        // Both nodes read the session's counters before either goes on: where a check-then-count throttle loses one.
        CyclicBarrier bothRead = new CyclicBarrier(2);
        ThrottleStore meetingOnRead = new MeetingOnRead(shared, bothRead);
        SubmissionThrottle nodeA = new SubmissionThrottle(clock, meetingOnRead);
        SubmissionThrottle nodeB = new SubmissionThrottle(clock, meetingOnRead);

        try (ExecutorService twoThreads = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> nodeA.tryAcquire("10.1.0.1", "browser"),
                    twoThreads);
            CompletableFuture<Boolean> b = CompletableFuture.supplyAsync(() -> nodeB.tryAcquire("10.1.0.2", "browser"),
                    twoThreads);
            assertThat(a.get(10, TimeUnit.SECONDS) ^ b.get(10, TimeUnit.SECONDS)).as("exactly one of the two got it")
                    .isTrue();
        }
        assertThat(warmUp.tryAcquire("10.2.0.1", "browser")).isFalse();
    }

    @Test
    void aRefusedSubmissionDoesNotCountAgainstTheAddress() {
        SubmissionThrottle throttle = new SubmissionThrottle(clock, shared);
        String venue = "203.0.113.7";
        for (int i = 0; i < SubmissionThrottle.PER_SESSION; i++) {
            assertThat(throttle.tryAcquire(venue, "script")).isTrue();
        }
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.tryAcquire(venue, "script")).isFalse();
        }
        // Everyone else on the venue's Wi-Fi still has the address's full allowance.
        int others = SubmissionThrottle.PER_ADDRESS - SubmissionThrottle.PER_SESSION;
        for (int i = 0; i < others; i++) {
            assertThat(throttle.tryAcquire(venue, "phone-" + i)).as("submission %d", i).isTrue();
        }
        assertThat(throttle.tryAcquire(venue, "one-more-phone")).isFalse();
        // The window slides on: the previous window's count fades away.
        clock.advance(SubmissionThrottle.WINDOW.multipliedBy(2));
        assertThat(throttle.tryAcquire(venue, "one-more-phone")).isTrue();
    }

    /** The shared store, except that each thread's first read of a session's counter is handed over only once the
     * other thread has read one too. */
    private record MeetingOnRead(ThrottleStore store, CyclicBarrier barrier) implements ThrottleStore {
        private static final ThreadLocal<Boolean> MET = ThreadLocal.withInitial(() -> false);

        @Override
        public Entry increment(String key, Instant now, Duration forgetAfter) {
            return store.increment(key, now, forgetAfter);
        }

        @Override
        public void decrement(String key, Instant now) {
            store.decrement(key, now);
        }

        @Override
        public Optional<Entry> get(String key, Instant now) {
            Optional<Entry> read = store.get(key, now);
            if (key.startsWith("public-form:s:") && !MET.get()) {
                MET.set(true);
                try {
                    barrier.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException("the other node never read", e);
                }
            }
            return read;
        }

        @Override
        public void remove(String key) {
            store.remove(key);
        }
    }
}
