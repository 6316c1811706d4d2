package kr.silheomjang.collab;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The latest read of each key on this node, shared by every view that needs data at least as fresh as it: when one
 * change reaches 30 open calendars (or grids, counters, results) of an experiment, the first to ask reads and the
 * other 29 join that read instead of repeating it (decision note 0024). A read qualifies for a caller when it began
 * no earlier than {@link ReadFreshness#requiredStart()}: after the change the caller heard of had committed; outside
 * a live update that is "now", so a page opening or reloading after its own change always reads afresh.
 *
 * <p>The key says everything the value depends on (experiment, range, the viewer's role or scope): callers check
 * access first and add what is theirs alone (their id, what they may edit) on top of the shared, immutable value.
 * The read runs in a read-only transaction of its own, begun after the change; inside a caller's transaction the
 * caller reads alone, as its transaction may predate the change.
 */
@Component
public class SharedReads {

    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int SWEEP_ABOVE = 512;

    private record Entry(long startedAt, CompletableFuture<Object> value) {
    }

    private final ConcurrentHashMap<Object, Entry> latest = new ConcurrentHashMap<>();
    private final TransactionTemplate readTx;

    public SharedReads(PlatformTransactionManager transactions) {
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** The value for {@code key}, from a read that began after this thread's required start (see above). */
    public <V> V get(Object key, Supplier<V> read) {
        return get(key, (java.util.function.Function<V, V>) previous -> read.get());
    }

    /**
     * As {@link #get(Object, Supplier)}, and the read is handed the key's previous value (null when there is none or
     * it is not ready), so that it can keep the parts that did not change: once per node, views that hold those
     * parts can then tell them unchanged by identity instead of comparing them, each for itself (issue #21).
     */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, java.util.function.Function<@org.jspecify.annotations.Nullable V, V> read) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.apply(null);
        }
        long requiredStart = ReadFreshness.requiredStart();
        Entry mine = new Entry(System.nanoTime(), new CompletableFuture<>());
        Entry[] replaced = new Entry[1];
        // Atomically: join a read fresh enough (done or under way), or register this one for others to join.
        Entry chosen = latest.compute(key, (k, current) -> {
            if (current != null && current.startedAt() - requiredStart >= 0) {
                return current;
            }
            replaced[0] = current;
            return mine;
        });
        if (chosen != mine) {
            try {
                return (V) chosen.value().join();
            } catch (CompletionException | CancellationException failed) {
                // The other reader failed (e.g. it lost access a moment ago): read for this caller alone.
                return readTx.execute(s -> read.apply(null));
            }
        }
        V previous = replaced[0] == null || replaced[0].value().isCompletedExceptionally() ? null
                : (V) replaced[0].value().getNow(null);
        try {
            V value = readTx.execute(s -> read.apply(previous));
            mine.value().complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.value().completeExceptionally(e);
            latest.remove(key, mine);
            throw e;
        } finally {
            sweep(mine.startedAt());
        }
    }

    /** Keys nobody asked for in a minute are dropped: a stale entry is never served, it only takes room. */
    private void sweep(long now) {
        if (latest.size() > SWEEP_ABOVE) {
            latest.entrySet().removeIf(e -> now - e.getValue().startedAt() > KEEP_NANOS && e.getValue().value().isDone());
        }
    }

    /** How many keys are held (for tests). */
    int size() {
        return latest.size();
    }
}
