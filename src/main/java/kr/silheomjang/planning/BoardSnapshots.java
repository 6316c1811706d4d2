package kr.silheomjang.planning;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The latest read of each experiment's board on this node, shared by every open board that needs data at least as
 * fresh as it: when a change reaches 30 open boards, the first to ask reads and the other 29 wait for that read
 * instead of repeating it. A read qualifies for a caller when it began (nanoTime) no earlier than the caller's
 * required start, i.e. after the change the caller heard of had committed. Holds one immutable snapshot per
 * experiment; a failed read is not kept (its waiters read for themselves).
 */
final class BoardSnapshots {

    private record Entry(long startedAt, CompletableFuture<SharedBoard> board) {
    }

    private final ConcurrentHashMap<Long, Entry> latest = new ConcurrentHashMap<>();

    SharedBoard get(long experimentId, long requiredStart, Supplier<SharedBoard> read) {
        Entry mine = new Entry(System.nanoTime(), new CompletableFuture<>());
        // Atomically: join a read that is fresh enough (done or under way), or register this one for others to join.
        Entry chosen = latest.compute(experimentId,
                (id, current) -> current != null && current.startedAt() - requiredStart >= 0 ? current : mine);
        if (chosen != mine) {
            try {
                return chosen.board().join();
            } catch (CompletionException | CancellationException failed) {
                // The reader's read failed (e.g. it lost access a moment ago): read for this caller alone.
                return read.get();
            }
        }
        try {
            SharedBoard board = read.get();
            mine.board().complete(board);
            return board;
        } catch (RuntimeException | Error e) {
            mine.board().completeExceptionally(e);
            latest.remove(experimentId, mine);
            throw e;
        }
    }
}
