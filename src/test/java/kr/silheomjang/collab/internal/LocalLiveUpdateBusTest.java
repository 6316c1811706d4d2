package kr.silheomjang.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.collab.WorkspaceLive;

class LocalLiveUpdateBusTest {

    /**
     * A listener that runs late (its thread waited for a core) still dates the update by when the bus took it: reads
     * begun after that have seen the change, so the views may share one the author's page began meanwhile.
     */
    @Test
    void listenersHearWhenTheBusTookTheUpdateNotWhenTheyRan() throws Exception {
        try (LocalLiveUpdateBus bus = new LocalLiveUpdateBus()) {
            BlockingQueue<long[]> heard = new LinkedBlockingQueue<>();
            bus.subscribe(7, u -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                heard.add(new long[] {ReadFreshness.requiredStart(), System.nanoTime()});
            });
            long before = System.nanoTime();
            bus.publish(LiveUpdate.of(7, WorkspaceLive.EXPERIMENT));
            long after = System.nanoTime();

            long[] got = heard.poll(5, TimeUnit.SECONDS);
            assertThat(got).isNotNull();
            assertThat(got[0]).isBetween(before, after);
            assertThat(got[1] - after).as("the listener ran later").isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150));
        }
    }

    /**
     * Listeners are called in runs on shared delivery threads: every one of many hears the update, dated by when the
     * bus took it, and one that fails leaves the rest of its run their update.
     */
    @Test
    void everyListenerOfALargeFanOutHearsTheUpdateEvenPastAFailingOne() throws Exception {
        try (LocalLiveUpdateBus bus = new LocalLiveUpdateBus()) {
            int count = 3 * LocalLiveUpdateBus.PER_THREAD + 5;
            java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(count);
            java.util.Set<Long> moments = java.util.concurrent.ConcurrentHashMap.newKeySet();
            java.util.Set<Long> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
            for (int i = 0; i < count; i++) {
                boolean fails = i % LocalLiveUpdateBus.PER_THREAD == 1;
                boolean asserts = i == LocalLiveUpdateBus.PER_THREAD + 2;
                bus.subscribe(7, u -> {
                    moments.add(ReadFreshness.requiredStart());
                    threads.add(Thread.currentThread().threadId());
                    heard.countDown();
                    if (fails) {
                        throw new IllegalStateException("this listener fails");
                    }
                    if (asserts) {
                        throw new AssertionError("this listener's assertion fails");
                    }
                });
            }
            java.util.concurrent.atomic.AtomicInteger others = new java.util.concurrent.atomic.AtomicInteger();
            bus.subscribe(8, u -> others.incrementAndGet());
            long before = System.nanoTime();
            bus.publish(LiveUpdate.of(7, WorkspaceLive.EXPERIMENT));
            long after = System.nanoTime();

            assertThat(heard.await(5, TimeUnit.SECONDS)).as("every listener heard it").isTrue();
            assertThat(moments).hasSize(1);
            assertThat(moments.iterator().next()).isBetween(before, after);
            assertThat(threads).as("one delivery thread per run of listeners").hasSize(4);
            assertThat(others).as("another experiment's listener").hasValue(0);
        }
    }
}
