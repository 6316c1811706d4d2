package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A lone change waits only briefly; a change that follows another soon waits the full window that gathers a burst. */
class LiveCoalescingTest {

    static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void theFirstChangeAfterAQuietSpellWaitsBrieflyAndABurstWaitsTheFullWindow() {
        long t = 1_000_000 * MS;
        assertThat(LiveSubscription.coalesceMillis(t, 0)).as("the very first").isEqualTo(LiveSubscription.QUICK_MILLIS);
        assertThat(LiveSubscription.coalesceMillis(t, t - 100 * MS)).as("100 ms after the last batch")
                .isEqualTo(LiveSubscription.COALESCE_MILLIS);
        assertThat(LiveSubscription.coalesceMillis(t, t - (LiveSubscription.BUSY_MILLIS + 1) * MS))
                .as("after a quiet spell").isEqualTo(LiveSubscription.QUICK_MILLIS);
        assertThat(LiveSubscription.QUICK_MILLIS).isLessThan(LiveSubscription.COALESCE_MILLIS);
    }
}
