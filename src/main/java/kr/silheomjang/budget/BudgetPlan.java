package kr.silheomjang.budget;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything the budget page shows of the plan, read in one transaction: the lines the caller may see with their
 * spend, totals per category and per funder and overall, the cap (and whether the plan exceeds it), the settlement
 * state, and what the caller may do. A partner guest gets only the lines shared with them, and no cap.
 *
 * @param version      the budget's version (cap, settlement) a later change must match
 * @param funders      every funder a line may name (the organisation first, then the partner organisations)
 */
public record BudgetPlan(long version, List<BudgetLineRow> lines, Map<BudgetCategory, Money> byCategory,
        Map<Funder, Money> byFunder, Money total, @Nullable Long capWon, boolean overCap, @Nullable Instant settledAt,
        @Nullable String settledByName, boolean followUp, boolean canEdit, boolean owner, List<Funder> funders) {

    /** Read-only copies, in their order: one plan is shared by every owner's and planner's open page (SharedReads). */
    public BudgetPlan {
        lines = List.copyOf(lines);
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
        byFunder = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byFunder));
        funders = List.copyOf(funders);
    }

    public boolean settled() {
        return settledAt != null;
    }

    /** Planned beyond the cap, in won (0 when under it or without a cap). */
    public long overCapBy() {
        return capWon == null ? 0 : Math.max(0, total.planned() - capWon);
    }
}
