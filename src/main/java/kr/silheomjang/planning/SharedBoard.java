package kr.silheomjang.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What every member's board shows alike: columns in order with their cards, the members, and the labels and
 * categories in use. Immutable.
 */
record SharedBoard(List<ColumnView> columns, List<Board.Person> people, List<String> labels,
        List<String> categories) {

    /**
     * The board as read, keeping the previous read's objects wherever they are equal: a column or card a change did
     * not touch is the same object as before, so each open board tells what to redraw by identity (issue #21). The
     * previous read itself when nothing changed.
     */
    static SharedBoard keeping(@Nullable SharedBoard previous, List<ColumnView> columns, List<Board.Person> people) {
        List<String> labels = columns.stream().flatMap(c -> c.cards().stream()).flatMap(c -> c.labels().stream())
                .distinct().sorted().toList();
        // Sorted like the labels: in card order, moving one card reordered them.
        List<String> categories = columns.stream().flatMap(c -> c.cards().stream()).map(CardSummary::category)
                .filter(c -> c != null && !c.isEmpty()).distinct().sorted().toList();
        if (previous == null) {
            return new SharedBoard(columns, people, labels, categories);
        }
        Map<Long, ColumnView> oldColumns = new HashMap<>();
        Map<Long, CardSummary> oldCards = new HashMap<>();
        for (ColumnView c : previous.columns()) {
            oldColumns.put(c.id(), c);
            c.cards().forEach(card -> oldCards.put(card.id(), card));
        }
        List<ColumnView> kept = new ArrayList<>(columns.size());
        for (ColumnView c : columns) {
            ColumnView old = oldColumns.get(c.id());
            if (c.equals(old)) {
                kept.add(old);
                continue;
            }
            List<CardSummary> cards = c.cards().stream().map(card -> same(oldCards.get(card.id()), card)).toList();
            kept.add(new ColumnView(c.id(), c.version(), c.name(), c.wipLimit(), cards));
        }
        SharedBoard now = new SharedBoard(same(previous.columns(), List.copyOf(kept)), same(previous.people(), people),
                same(previous.labels(), labels), same(previous.categories(), categories));
        return now.equals(previous) ? previous : now;
    }

    private static <T> T same(@Nullable T old, T now) {
        return Objects.equals(old, now) ? old : now;
    }
}
