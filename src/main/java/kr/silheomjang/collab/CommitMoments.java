package kr.silheomjang.collab;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Notes on the committing thread when each of its transactions committed, for {@link ReadFreshness#changing}. Spring
 * Boot registers every {@link TransactionExecutionListener} bean with the transaction manager it configures.
 */
@Component
class CommitMoments implements TransactionExecutionListener {

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        ReadFreshness.committing();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure == null) {
            ReadFreshness.committed();
        }
    }
}
