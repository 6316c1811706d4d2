package kr.silheomjang.ui;

/**
 * When a view's next batch of live updates goes out: at once after a quiet spell (the first change of a burst is seen
 * without waiting), otherwise one window after the previous batch, gathering whatever arrives meanwhile. A burst thus
 * costs a view at most one read and one push per window, and a lone change costs no wait at all (issue #21: the
 * window used to delay every change by its full length). Not thread-safe: the owner calls it under its own lock.
 */
final class BatchWindow {

    private final long windowNanos;
    private long lastBatch;

    BatchWindow(long windowNanos, long nowNanos) {
        this.windowNanos = windowNanos;
        this.lastBatch = nowNanos - windowNanos;
    }

    /** A batch opens at {@code nowNanos}: how long (ns) it waits before going out. */
    long open(long nowNanos) {
        long at = Math.max(nowNanos, lastBatch + windowNanos);
        lastBatch = at;
        return at - nowNanos;
    }
}
