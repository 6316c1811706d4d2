package kr.silheomjang.collab;

/**
 * How fresh a read on this thread must be, so that the views of one node can share one read per change.
 *
 * <p>A live update reaches a view only after its change committed. While a view handles a batch of updates, its thread
 * carries the moment (nanoTime, this JVM) the last of them arrived: any read that began after that moment has seen the
 * change, so a service may hand every such view the same snapshot instead of reading again for each (decision note
 * 0024). The moment is when the bus took the update on this node ({@code LocalLiveUpdateBus} carries it to the
 * listeners), which is after the change committed wherever it was made. A page re-reading after its user's own change
 * carries the moment its transactions had committed ({@link #changing}), so the author's view and its co-planners'
 * views share one read too (decision note 0047). Outside both nothing is carried and a read must begin after the call.
 */
public final class ReadFreshness {

    private static final ThreadLocal<long[]> SINCE = new ThreadLocal<>();
    /**
     * While {@link #changing} runs: [0] when the last transaction of this thread committed (0 while none has); [1] the
     * earliest moment noted after the committing transaction's own commit (0 until noted).
     */
    private static final ThreadLocal<long[]> LAST_COMMIT = new ThreadLocal<>();

    private ReadFreshness() {
    }

    /** Runs {@code work} on this thread with reads needing to have begun no earlier than {@code sinceNanos}. */
    public static void during(long sinceNanos, Runnable work) {
        long[] previous = SINCE.get();
        SINCE.set(new long[] {sinceNanos});
        try {
            work.run();
        } finally {
            if (previous == null) {
                SINCE.remove();
            } else {
                SINCE.set(previous);
            }
        }
    }

    /** Runs {@code work} needing reads that begin after this call (e.g. again after writing what it reads). */
    public static <T> T fresh(java.util.function.Supplier<T> work) {
        Object[] result = new Object[1];
        during(System.nanoTime(), () -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /**
     * Runs a user's change and returns a moment after all of its commits on this thread (now when it committed
     * nothing): a read begun after it has seen the change, so the page's re-read may share one begun after that.
     */
    public static long changing(Runnable change) {
        long[] outer = LAST_COMMIT.get();
        long[] mine = {0, 0};
        LAST_COMMIT.set(mine);
        try {
            change.run();
        } finally {
            if (outer == null) {
                LAST_COMMIT.remove();
            } else {
                outer[0] = Math.max(outer[0], mine[0]);
                LAST_COMMIT.set(outer);
            }
        }
        return mine[0] == 0 ? System.nanoTime() : mine[0];
    }

    /** This thread's transaction is about to commit (see {@link CommitMoments}). */
    static void committing() {
        long[] last = LAST_COMMIT.get();
        if (last != null) {
            last[1] = 0;
        }
    }

    /**
     * This thread's transaction has committed and its after-commit work runs: called before the live update is
     * published, so the moment precedes the one the bus gives co-planners' views, and the author's re-read may share
     * theirs. Spring tells {@link CommitMoments} of the commit only after all that work.
     */
    public static void committedNow() {
        long[] last = LAST_COMMIT.get();
        if (last != null && last[1] == 0) {
            last[1] = System.nanoTime();
        }
    }

    /** This thread's transaction committed (see {@link CommitMoments}): dated by the first note since, or now. */
    static void committed() {
        long[] last = LAST_COMMIT.get();
        if (last != null) {
            last[0] = Math.max(last[0], last[1] != 0 ? last[1] : System.nanoTime());
            last[1] = 0;
        }
    }

    /** The earliest start (nanoTime) a read may have to serve this thread: the update's arrival, or now. */
    public static long requiredStart() {
        long[] since = SINCE.get();
        return since == null ? System.nanoTime() : since[0];
    }
}
