package kr.silheomjang.budget;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a person enters for one expense; {@code amountWon} in whole won (null: not a number was typed). */
public record ExpenseDraft(@Nullable LocalDate date, @Nullable String payee, @Nullable Long amountWon,
        @Nullable PaymentMethod method, @Nullable Long lineId) {
}
