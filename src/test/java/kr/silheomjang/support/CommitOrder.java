package kr.silheomjang.support;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import kr.silheomjang.collab.LiveUpdate;

/**
 * Test-only: the order in which changes commit. Every change announces a {@link LiveUpdate}; just before its
 * transaction commits (its row locks still held, so a conflicting change cannot be between this and the commit),
 * this stamps the thread with the next number. Concurrency tests replay applied changes in this order.
 */
@Component
public class CommitOrder {

    private final AtomicLong next = new AtomicLong();
    private final ThreadLocal<Long> last = new ThreadLocal<>();

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void stamp(LiveUpdate update) {
        last.set(next.incrementAndGet());
    }

    /** Forgets this thread's stamp (call before a change). */
    public void reset() {
        last.remove();
    }

    /** The stamp of this thread's last committed change, or null when it committed none since {@link #reset}. */
    public Long last() {
        return last.get();
    }
}
