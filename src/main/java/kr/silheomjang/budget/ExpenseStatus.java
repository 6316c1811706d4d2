package kr.silheomjang.budget;

/** Where an expense stands: entered and waiting for the owner, approved (counts as spent), or returned with a reason. */
public enum ExpenseStatus {
    SUBMITTED, APPROVED, RETURNED;

    public String messageKey() {
        return "budget.status." + name();
    }
}
