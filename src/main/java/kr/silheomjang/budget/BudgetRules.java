package kr.silheomjang.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.shared.UserFacingException;

/**
 * What a plan line, an expense and the cap must be, checked before anything is written: whole won from 0 (lines) or 1
 * (expenses) up to {@link Won#MAX}, a title or payee, a category, method, line and date. Every problem is reported at
 * once as message keys.
 */
public final class BudgetRules {

    /**
     * The columns' sizes (budget_line.title, expense.payee VARCHAR(200), budget_line.note VARCHAR(1000),
     * expense.return_reason VARCHAR(500)), counted in UTF-16 units as {@link String#length()} does: H2 counts so
     * (an emoji is 2), MySQL/MariaDB utf8mb4 counts it as 1, so this count fits both, and it is the count the
     * browser's maxlength keeps to.
     */
    public static final int TITLE_MAX = 200;
    public static final int PAYEE_MAX = 200;
    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 500;

    private BudgetRules() {
    }

    public static BudgetLineDraft line(BudgetLineDraft d) {
        List<String> errors = new ArrayList<>();
        if (d.category() == null) {
            errors.add("budget.error.category");
        }
        String title = strip(d.title());
        if (title.isEmpty()) {
            errors.add("budget.error.title");
        } else if (title.length() > TITLE_MAX) {
            errors.add("budget.error.titleLong");
        }
        if (d.plannedWon() == null) {
            errors.add("budget.error.amountNotNumber");
        } else if (d.plannedWon() < 0) {
            errors.add("budget.error.amountNegative");
        } else if (d.plannedWon() > Won.MAX) {
            errors.add("budget.error.amountAbsurd");
        }
        String note = strip(d.note());
        if (note.length() > NOTE_MAX) {
            errors.add("budget.error.noteLong");
        }
        refuse(errors);
        return new BudgetLineDraft(d.category(), title, d.plannedWon(), note, d.funderId());
    }

    /** The oldest date an expense may have: three years back (older receipts are past any grant's settlement). */
    public static LocalDate earliestExpenseDate(LocalDate today) {
        return today.minusYears(3);
    }

    /** The latest: tomorrow (a receipt dated by a supplier in another time zone); anything later is a slip. */
    public static LocalDate latestExpenseDate(LocalDate today) {
        return today.plusDays(1);
    }

    public static ExpenseDraft expense(ExpenseDraft d, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (d.date() == null) {
            errors.add("budget.error.date");
        } else if (d.date().isAfter(latestExpenseDate(today)) || d.date().isBefore(earliestExpenseDate(today))) {
            errors.add("budget.error.dateRange");
        }
        String payee = strip(d.payee());
        if (payee.isEmpty()) {
            errors.add("budget.error.payee");
        } else if (payee.length() > PAYEE_MAX) {
            errors.add("budget.error.payeeLong");
        }
        if (d.amountWon() == null) {
            errors.add("budget.error.amountNotNumber");
        } else if (d.amountWon() <= 0) {
            errors.add("budget.error.expenseNotPositive");
        } else if (d.amountWon() > Won.MAX) {
            errors.add("budget.error.amountAbsurd");
        }
        if (d.method() == null) {
            errors.add("budget.error.method");
        }
        if (d.lineId() == null) {
            errors.add("budget.error.line");
        }
        refuse(errors);
        return new ExpenseDraft(d.date(), payee, d.amountWon(), d.method(), d.lineId());
    }

    /** A cap is optional (null removes it); when given, from 1 won to {@link Won#MAX}. */
    public static @Nullable Long cap(@Nullable Long capWon) {
        if (capWon == null) {
            return null;
        }
        if (capWon <= 0) {
            throw new UserFacingException("budget.error.capNotPositive");
        }
        if (capWon > Won.MAX) {
            throw new UserFacingException("budget.error.amountAbsurd");
        }
        return capWon;
    }

    public static String returnReason(@Nullable String reason) {
        String r = strip(reason);
        if (r.isEmpty()) {
            throw new UserFacingException("budget.error.reason");
        }
        if (r.length() > REASON_MAX) {
            throw new UserFacingException("budget.error.reasonLong");
        }
        return r;
    }

    private static void refuse(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
    }

    private static String strip(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
