package kr.silheomjang.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What the board shows: by assignee, label, category, due (overdue / this week) and "my cards". Empty fields match
 * everything.
 */
public record BoardFilter(Long assigneeId, String label, String category, Due due, boolean onlyMine) {

    public enum Due {
        ANY, OVERDUE, THIS_WEEK
    }

    public static final BoardFilter NONE = new BoardFilter(null, null, null, Due.ANY, false);

    public BoardFilter {
        due = due == null ? Due.ANY : due;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean matches(CardSummary card, LocalDate today, long me) {
        if (assigneeId != null && !card.assigneeIds().contains(assigneeId)) {
            return false;
        }
        if (onlyMine && !card.assigneeIds().contains(me)) {
            return false;
        }
        if (label != null && !card.labels().contains(label)) {
            return false;
        }
        if (category != null && !category.equals(card.category())) {
            return false;
        }
        return switch (due) {
            case ANY -> true;
            case OVERDUE -> card.overdue(today);
            case THIS_WEEK -> card.due() != null
                    && !card.due().isBefore(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    && !card.due().isAfter(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
        };
    }
}
