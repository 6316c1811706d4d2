package kr.silheomjang.budget;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the budget (예산 · 결산). */
public enum BudgetLive implements LiveKind {
    /** The plan changed: a line, the cap, or what is shared with partner guests; ids hold the line id if any. */
    PLAN("budget-plan"),
    /** An expense was added, saved, approved, returned or removed; ids hold the expense id. */
    EXPENSES("budget-expense"),
    /** The books were closed or reopened (결산). */
    SETTLEMENT("budget-settlement");

    private final String key;

    BudgetLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
