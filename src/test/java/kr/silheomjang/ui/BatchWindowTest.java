package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BatchWindowTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aChangeAfterAQuietSpellGoesAtOnceAndABurstGathersOneWindowAfterIt() {
        long t = 1_000 * MS;
        BatchWindow window = new BatchWindow(60 * MS, t);
        assertThat(window.open(t)).as("the first change").isZero();
        // Arriving 20 ms after the batch that went at once: waits the rest of the window.
        assertThat(window.open(t + 20 * MS)).isEqualTo(40 * MS);
        // Opened while that one was still waiting (its owner holds updates; here the next after it went out).
        assertThat(window.open(t + 70 * MS)).as("one window after the batch at 60 ms").isEqualTo(50 * MS);
        // Quiet for longer than the window: at once again.
        assertThat(window.open(t + 500 * MS)).isZero();
        assertThat(window.open(t + 561 * MS)).as("just past the window").isZero();
    }

    @Test
    void aBatchRightAfterAnotherWaitsTheWholeWindow() {
        long t = 5 * MS;
        BatchWindow window = new BatchWindow(60 * MS, t);
        assertThat(window.open(t)).isZero();
        assertThat(window.open(t)).isEqualTo(60 * MS);
    }
}
