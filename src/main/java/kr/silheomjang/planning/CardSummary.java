package kr.silheomjang.planning;

import java.time.LocalDate;
import java.util.List;

/** What a card shows on the board. {@code done} means it sits in the last column. */
public record CardSummary(long id, long columnId, String title, String category, LocalDate due,
        List<Long> assigneeIds, List<String> labels, int checklistTotal, int checklistDone, int comments,
        boolean done) {

    public boolean overdue(LocalDate today) {
        return due != null && !done && due.isBefore(today);
    }
}
