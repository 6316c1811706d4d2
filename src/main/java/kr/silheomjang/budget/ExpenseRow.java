package kr.silheomjang.budget;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One expense as the budget page lists it; the receipt's bytes are fetched apart. */
public record ExpenseRow(long id, long version, LocalDate date, String payee, long amountWon, PaymentMethod method,
        long lineId, String lineTitle, ExpenseStatus status, @Nullable String returnReason,
        @Nullable String decidedByName, String enteredByName, @Nullable String receiptName, String updatedByName,
        Instant updatedAt) {

    public boolean hasReceipt() {
        return receiptName != null;
    }

    public ExpenseDraft toDraft() {
        return new ExpenseDraft(date, payee, amountWon, method, lineId);
    }
}
