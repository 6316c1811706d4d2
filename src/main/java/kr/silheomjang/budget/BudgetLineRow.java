package kr.silheomjang.budget;

import java.time.Instant;

/**
 * One plan line as the budget page shows it: the plan, what approved expenses spent on it, what still waits for
 * approval, and how many receipts it has. {@code version} is what a later save must match.
 */
public record BudgetLineRow(long id, long version, BudgetCategory category, String title, long plannedWon,
        String note, Funder funder, long spentWon, long pendingWon, int receipts, String updatedByName,
        Instant updatedAt) {

    public Money money() {
        return new Money(plannedWon, spentWon);
    }

    public BudgetLineDraft toDraft() {
        return new BudgetLineDraft(category, title, plannedWon, note, funder.partnerId());
    }
}
