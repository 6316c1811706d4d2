package kr.silheomjang.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class SharedReadsPreviousTest {

    /** Transactions that do nothing: this is about which value a read is handed. */
    static final PlatformTransactionManager NO_DATABASE = new PlatformTransactionManager() {
        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    };

    @Test
    void aFreshReadIsHandedThePreviousValueOfItsKey() {
        SharedReads reads = new SharedReads(NO_DATABASE);
        List<Object> handed = new ArrayList<>();
        String first = reads.get("board-1", (String previous) -> {
            handed.add(String.valueOf(previous));
            return "first";
        });
        // A read after a change must begin after it (outside a live update: now), so this one reads again.
        String second = reads.get("board-1", (String previous) -> {
            handed.add(previous);
            return "second";
        });
        reads.get("board-2", (String previous) -> {
            handed.add(String.valueOf(previous));
            return "other";
        });
        assertThat(first).isEqualTo("first");
        assertThat(second).isEqualTo("second");
        assertThat(handed).containsExactly("null", "first", "null");
    }

    @Test
    void aFailedReadHandsNothingOn() {
        SharedReads reads = new SharedReads(NO_DATABASE);
        try {
            reads.get("k", (String previous) -> {
                throw new IllegalStateException("lost access");
            });
        } catch (IllegalStateException expected) {
            // the caller is told; the next read starts from nothing
        }
        List<Object> handed = new ArrayList<>();
        reads.get("k", (String previous) -> {
            handed.add(String.valueOf(previous));
            return "v";
        });
        assertThat(handed).containsExactly("null");
    }
}
