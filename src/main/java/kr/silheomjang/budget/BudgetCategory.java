package kr.silheomjang.budget;

/** The guide's budget headings (§3 예산 설정), in the order a plan lists them. */
public enum BudgetCategory {
    VENUE, CATERING, FILMING, PROMOTION, STAFF_FEES, PARTICIPANT_FEES, DESIGN_PRINT, OTHER;

    public String messageKey() {
        return "budget.category." + name();
    }
}
