package kr.silheomjang.budget.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.shared.upload.FileStore;
import kr.silheomjang.shared.upload.StagedFile;

/**
 * Where receipts live: files under {@code silheomjang.budget.receipt-dir} (default {@code ./data/receipts}), through
 * the shared streaming {@link FileStore}; the expense row keeps name, type, size and key. Receipts stored in the
 * database before V54 ({@code expense_receipt}) are moved into files once, at startup, one at a time.
 */
@Component
public class ReceiptStore {

    private static final Logger log = LoggerFactory.getLogger(ReceiptStore.class);

    private final FileStore files;
    private final ExpenseReceiptRepository legacy;
    private final ExpenseRepository expenses;
    private final TransactionTemplate tx;

    ReceiptStore(@Value("${silheomjang.budget.receipt-dir:./data/receipts}") String dir,
            ExpenseReceiptRepository legacy, ExpenseRepository expenses, TransactionTemplate tx) {
        this.files = new FileStore(Path.of(dir));
        this.legacy = legacy;
        this.expenses = expenses;
        this.tx = tx;
    }

    /** Keeps a staged receipt inside the caller's transaction (removed again if it rolls back); returns its key. */
    public String keep(StagedFile file) {
        return files.keep(file);
    }

    public InputStream open(String key) throws IOException {
        return files.open(key);
    }

    /** Removes a replaced or deleted receipt after the transaction commits. */
    public void deleteLater(String key) {
        files.deleteLater(key);
    }

    @EventListener(ApplicationReadyEvent.class)
    void moveDatabaseReceipts() {
        List<Long> ids = tx.execute(s -> legacy.findAll().stream().map(ExpenseReceipt::getId).toList());
        if (ids == null || ids.isEmpty()) {
            return;
        }
        for (long id : ids) {
            tx.executeWithoutResult(s -> legacy.findById(id).ifPresent(r -> {
                expenses.findById(r.getExpenseId()).ifPresent(e -> {
                    if (e.getReceiptKey() == null) {
                        e.moveReceiptTo(files.keep(new ByteArrayInputStream(r.getData())));
                    }
                });
                legacy.delete(r);
            }));
        }
        log.info("Moved {} receipts from the database into files", ids.size());
    }
}
