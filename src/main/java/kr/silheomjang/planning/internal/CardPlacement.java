package kr.silheomjang.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kr.silheomjang.shared.Ranks;

/**
 * Where a card goes in a column: a rank between its new neighbours (see {@link Ranks}), so a move writes one row.
 * Callers have locked the columns involved and the card (see {@link BoardLocks}).
 */
@Component
public class CardPlacement {

    private final CardRepository cards;
    private final BoardColumnRepository columns;
    private final BoardLocks locks;
    private final PlanningSupport support;

    CardPlacement(CardRepository cards, BoardColumnRepository columns, BoardLocks locks, PlanningSupport support) {
        this.cards = cards;
        this.columns = columns;
        this.locks = locks;
        this.support = support;
    }

    /**
     * Puts the locked card at {@code index} of the locked target column by giving it a rank between its new
     * neighbours: one row written. Ranks are read from the database, not from entities this transaction holds.
     */
    public void place(long experimentId, Card c, long targetColumnId, int index) {
        long sourceColumnId = c.getColumnId();
        List<Object[]> rows = new ArrayList<>(cards.ranks(targetColumnId));
        int current = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(c.getId())) {
                current = i;
            }
        }
        if (current >= 0) {
            rows.remove(current);
        }
        int at = Math.max(0, Math.min(rows.size(), index));
        if (at != current) {
            String key = rankBetween(at == 0 ? null : (String) rows.get(at - 1)[1],
                    at == rows.size() ? null : (String) rows.get(at)[1]);
            if (key == null) {
                rows.add(at, new Object[] {c.getId(), null});
                respread(targetColumnId, rows);
            } else {
                cards.place(c.getId(), targetColumnId, key);
            }
        }
        String to = support.columnOf(experimentId, targetColumnId).getName();
        String from = columns.findById(sourceColumnId).map(BoardColumn::getName).orElse("?");
        support.record(c.getId(), "MOVED", sourceColumnId == targetColumnId ? to : from + " → " + to);
        if (sourceColumnId == targetColumnId) {
            support.announce(experimentId, c.getId());
        } else {
            support.announceSaying(experimentId, c.getId(), "planning.said.moved", c.getTitle(), BoardSeeder.spoken(to));
        }
    }

    /** A rank after the last card of a (locked) column. */
    public String endOf(long columnId) {
        List<Object[]> rows = cards.ranks(columnId);
        String last = rows.isEmpty() ? null : (String) rows.get(rows.size() - 1)[1];
        String key = rankBetween(last, null);
        if (key == null) {
            respread(columnId, rows);
            key = Ranks.after(Ranks.spread(rows.size()).getLast());
        }
        return key;
    }

    /**
     * Gives a whole column fresh, evenly spread ranks in the given order: only when two ranks are equal (rows from
     * before ranks existed) or a gap wore out. The column is locked; its cards are locked ascending id.
     */
    private void respread(long columnId, List<Object[]> ordered) {
        List<String> keys = Ranks.spread(ordered.size());
        ordered.stream().map(r -> (Long) r[0]).sorted().forEach(id -> locks.cardRow(id));
        for (int i = 0; i < ordered.size(); i++) {
            cards.place((Long) ordered.get(i)[0], columnId, keys.get(i));
        }
    }

    /** A rank between two others, or null when there is none (equal ranks) or it would be too long. */
    public static @Nullable String rankBetween(@Nullable String before, @Nullable String after) {
        try {
            String key = Ranks.between(before, after);
            return key.length() <= Ranks.MAX_LENGTH ? key : null;
        } catch (IllegalArgumentException noRoom) {
            return null;
        }
    }
}
