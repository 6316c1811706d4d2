package kr.silheomjang.budget;

import org.jspecify.annotations.Nullable;

/**
 * What a person enters for one plan line. {@code plannedWon} is whole won (null: not a number was typed);
 * {@code funderId} is a partner organisation's id, or null for the organisation itself.
 */
public record BudgetLineDraft(@Nullable BudgetCategory category, @Nullable String title, @Nullable Long plannedWon,
        @Nullable String note, @Nullable Long funderId) {
}
