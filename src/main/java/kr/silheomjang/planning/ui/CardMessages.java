package kr.silheomjang.planning.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.ui.Formats;

/**
 * The cards as the browser draws them (decision note 0053): one JSON text per change, language and day, made once on
 * each node and sent as it is to every open board that showed the board before the change. A full text draws every
 * card; a patch names only the columns whose cards or place changed, the cards whose drawing changed and the cards
 * gone. What differs between viewers (which cards they may move, their filter, who else has a card open) is not in
 * it: {@link BoardCards} sends it per view. Nor are user ids: assignees appear by name, as before.
 *
 * <p>Boards are told apart by identity: the shared read keeps a column or card object while it is unchanged
 * (SharedBoard.keeping), so the same objects are the same board.
 */
final class CardMessages {

    /** What one text is for: the board before (null: a full text) and after, by identity, and how it is worded. */
    private record Key(@Nullable Drawn from, Drawn to) {
    }

    /** A board as drawn: its columns and members by identity, its language and day by value. */
    record Drawn(List<ColumnView> columns, List<Board.Person> members, Locale locale, LocalDate today) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Drawn d && d.columns == columns && d.members == members
                    && (d.locale == locale || d.locale.equals(locale)) && d.today.equals(today);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(columns), System.identityHashCode(members), locale, today);
        }
    }

    /** Words of the cards, in the viewer's language. */
    interface Words {
        String getTranslation(Locale locale, String key, Object... params);
    }

    /**
     * The last few texts made on this node: every open board of a change asks for the same one, and a board that
     * missed a change (coalesced, or opened meanwhile) asks for a full one or another patch. Small, as the texts hold
     * their boards.
     */
    private static final int KEPT = 64;
    private static final Map<Key, String> MADE = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > KEPT;
        }
    };

    private record Made(Key key, String text) {
    }

    /** The text asked for last, with what it is for. */
    private static volatile @Nullable Made last;

    private CardMessages() {
    }

    /**
     * The text that brings a board drawn as {@code from} (null: nothing drawn) to {@code to}. Two threads asking at
     * once may both make it; the texts are equal.
     */
    static String message(@Nullable Drawn from, Drawn to, Board board, Words words) {
        // A patch only between boards worded alike: a new language, day or member name redraws every card.
        Drawn base = from != null && from.members() == to.members() && from.locale().equals(to.locale())
                && from.today().equals(to.today()) ? from : null;
        Key key = new Key(base, to);
        // Nearly every open board of a change asks for the text just made: found without the lock.
        Made latest = last;
        if (latest != null && latest.key().equals(key)) {
            return latest.text();
        }
        String made;
        synchronized (MADE) {
            made = MADE.get(key);
        }
        if (made == null) {
            made = make(base, to, board, words);
            synchronized (MADE) {
                MADE.put(key, made);
            }
        }
        last = new Made(key, made);
        return made;
    }

    private static String make(@Nullable Drawn from, Drawn to, Board board, Words words) {
        Map<Long, CardSummary> before = new HashMap<>();
        Map<Long, ColumnView> columnsBefore = new HashMap<>();
        /** Where each column was: its place decides where its cards may move (first: not left; last: not right). */
        Map<Long, String> placeBefore = new HashMap<>();
        if (from != null) {
            for (int i = 0; i < from.columns().size(); i++) {
                ColumnView c = from.columns().get(i);
                columnsBefore.put(c.id(), c);
                placeBefore.put(c.id(), place(i, from.columns().size()));
                c.cards().forEach(card -> before.put(card.id(), card));
            }
        }
        ObjectNode message = JacksonUtils.createObjectNode();
        message.put("full", from == null);
        ArrayNode columns = message.putArray("columns");
        ArrayNode cards = message.putArray("cards");
        int total = to.columns().size();
        for (int i = 0; i < total; i++) {
            ColumnView c = to.columns().get(i);
            boolean first = i == 0;
            boolean last = i == total - 1;
            ColumnView was = columnsBefore.remove(c.id());
            if (was != c || !place(i, total).equals(placeBefore.get(c.id()))) {
                ObjectNode column = columns.addObject();
                column.put("id", c.id());
                column.put("first", first);
                column.put("last", last);
                // The header's count goes with the cards: a move changes it on every open board.
                column.put("words", words.getTranslation(to.locale(), "planning.cards", c.cards().size()));
                ArrayNode ids = column.putArray("cards");
                c.cards().forEach(card -> ids.add(card.id()));
            }
            for (CardSummary card : c.cards()) {
                CardSummary old = before.remove(card.id());
                if (old == card) {
                    continue;
                }
                ObjectNode drawn = drawing(card, board, to, words);
                // A card that only moved draws the same: the browser needs only its new place.
                if (old == null || !drawn.equals(drawing(old, board, to, words))) {
                    cards.add(drawn);
                }
            }
        }
        ArrayNode removed = message.putArray("removed");
        before.keySet().forEach(removed::add);
        return message.toString();
    }

    private static String place(int index, int total) {
        return (index == 0 ? "first" : "") + (index == total - 1 ? "last" : "");
    }

    /** One card's drawing: its body as escaped HTML and the words around it. */
    private static ObjectNode drawing(CardSummary c, Board board, Drawn on, Words words) {
        ObjectNode card = JacksonUtils.createObjectNode();
        card.put("id", c.id());
        card.put("title", c.title());
        card.put("menu", words.getTranslation(on.locale(), "planning.card.menu", c.title()));
        boolean overdue = c.overdue(on.today());
        card.put("overdue", overdue);
        card.put("html", bodyHtml(c, overdue, board, on, words));
        return card;
    }

    /** The title and badges as HTML: every text escaped (titles, labels and names are the users' own). */
    private static String bodyHtml(CardSummary c, boolean overdue, Board board, Drawn on, Words words) {
        Locale locale = on.locale();
        StringBuilder html = new StringBuilder(256);
        html.append("<span class=\"kanban-card-title\">").append(Texts.escapeMarkup(c.title()))
                .append("</span><span class=\"kanban-card-meta\">");
        if (c.category() != null && !c.category().equals(c.title())) {
            badge(html, c.category(), "kanban-category");
        }
        for (String l : c.labels()) {
            badge(html, l, "kanban-label");
        }
        if (overdue) {
            badge(html, words.getTranslation(locale, "planning.overdue"), "kanban-overdue");
        }
        if (c.due() != null) {
            badge(html, words.getTranslation(locale, "planning.due", Formats.date(c.due(), locale)), "kanban-due");
        }
        if (c.checklistTotal() > 0) {
            badge(html, words.getTranslation(locale, "planning.checklistProgress", c.checklistDone(),
                    c.checklistTotal()),
                    c.checklistDone() == c.checklistTotal() ? "kanban-progress complete" : "kanban-progress");
        }
        if (c.comments() > 0) {
            badge(html, words.getTranslation(locale, "planning.commentCount", c.comments()), "kanban-comments");
        }
        for (long a : c.assigneeIds()) {
            badge(html, board.nameOf(a), "kanban-assignee");
        }
        return html.append("</span>").toString();
    }

    private static void badge(StringBuilder html, String text, String classNames) {
        html.append("<span class=\"kanban-badge ").append(classNames).append("\">").append(Texts.escapeMarkup(text))
                .append("</span>");
    }
}
