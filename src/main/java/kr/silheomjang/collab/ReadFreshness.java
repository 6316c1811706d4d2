package kr.silheomjang.collab;

/**
 * How fresh a read on this thread must be, so that the views of one node can share one read per change.
 *
 * <p>A live update reaches a view only after its change committed. While a view handles a batch of updates, its thread
 * carries the moment (nanoTime, this JVM) the last of them arrived: any read that began after that moment has seen the
 * change, so a service may hand every such view the same snapshot instead of reading again for each (decision note
 * 0024). Outside a live update (a page opening, a reload after the user's own change) nothing is carried and a read
 * must begin after the call.
 */
public final class ReadFreshness {

    private static final ThreadLocal<long[]> SINCE = new ThreadLocal<>();

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

    /** The earliest start (nanoTime) a read may have to serve this thread: the update's arrival, or now. */
    public static long requiredStart() {
        long[] since = SINCE.get();
        return since == null ? System.nanoTime() : since[0];
    }
}
