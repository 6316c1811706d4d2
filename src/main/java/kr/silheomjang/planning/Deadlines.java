package kr.silheomjang.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.planning.internal.BoardColumn;
import kr.silheomjang.planning.internal.BoardColumnRepository;
import kr.silheomjang.planning.internal.Card;
import kr.silheomjang.planning.internal.CardRepository;

/**
 * Cards with a due date across every experiment, for the scheduled due/overdue notifications (no signed-in user: the
 * caller decides who may hear of them). A card in its board's last column (완료 by default) counts as done.
 */
@Component
public class Deadlines {

    private final CardRepository cards;
    private final BoardColumnRepository columns;

    Deadlines(CardRepository cards, BoardColumnRepository columns) {
        this.cards = cards;
        this.columns = columns;
    }

    /** A card not yet done, due within the asked range, with its assignees. */
    public record DueCard(long cardId, long experimentId, String title, LocalDate due, List<Long> assigneeIds) {
    }

    @Transactional(readOnly = true)
    public List<DueCard> openCardsDue(LocalDate from, LocalDate to) {
        Map<Long, Long> doneColumn = new HashMap<>();
        return cards.dueAnywhere(from, to).stream()
                .filter(c -> !c.getAssigneeIds().isEmpty())
                .filter(c -> c.getColumnId() != doneColumn.computeIfAbsent(c.getExperimentId(), this::lastColumn))
                .map(c -> new DueCard(c.getId(), c.getExperimentId(), c.getTitle(), c.getDueDate(),
                        List.copyOf(c.getAssigneeIds())))
                .toList();
    }

    private long lastColumn(long experimentId) {
        List<BoardColumn> cols = columns.findByExperimentIdOrderBySortKeyAscIdAsc(experimentId);
        return cols.isEmpty() ? -1 : cols.getLast().getId();
    }
}
