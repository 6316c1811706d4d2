package kr.silheomjang.planning.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.JacksonUtils;

import tools.jackson.databind.JsonNode;

/**
 * Stands in for the board's script in browserless tests: reads what the board sent to its browser (the pending
 * JavaScript calls of its UI, in order) and applies it as the script does, so a test sees the cards a browser would
 * show and the texts that made them. The script itself runs in the real-browser tests.
 */
final class BrowserCards {

    private final BoardView view;
    /** Column id to its cards' ids, in order. */
    private final Map<Long, List<Long>> columns = new LinkedHashMap<>();
    /** Card id to its last drawing (title, menu, html, overdue, assignees). */
    private final Map<Long, JsonNode> cards = new HashMap<>();
    /** How many times each card's drawing was sent (a card drawn again would have its content replaced). */
    private final Map<Long, Integer> drawings = new HashMap<>();
    /** Column id to its count in words, as the header says it to screen readers. */
    private final Map<Long, String> counts = new HashMap<>();
    private Set<Long> hidden = Set.of();
    private Map<Long, String> viewers = Map.of();
    /** The cards the viewer may move (null: every card), as the board last said. */
    private Set<Long> movable = Set.of();
    /** Every board text received, in order ("apply", "hide", "viewers" and the text). */
    final List<String> received = new ArrayList<>();

    BrowserCards(BoardView view) {
        this.view = view;
    }

    /** Applies what the board sent since the last look. */
    BrowserCards read() {
        UI ui = view.getUI().orElseThrow();
        // What a response would send now (the board's calls wait for it).
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        for (PendingJavaScriptInvocation call : ui.getInternals().dumpPendingJavaScriptInvocations()) {
            String expression = call.getInvocation().getExpression();
            // The text is the call's one string (Flow adds the board's element after it).
            String text = call.getInvocation().getParameters().stream().filter(String.class::isInstance)
                    .map(String.class::cast).findFirst().orElse(null);
            if (text == null) {
                continue;
            }
            if (expression.contains("$kanban.apply(")) {
                received.add("apply " + text);
                apply(JacksonUtils.getMapper().readTree(text));
            } else if (expression.contains("$kanban.hide(")) {
                received.add("hide " + text);
                hidden = new HashSet<>();
                if (!text.isEmpty()) {
                    JacksonUtils.getMapper().readTree(text).forEach(n -> hidden.add(n.asLong()));
                }
            } else if (expression.contains("$kanban.mine(")) {
                received.add("mine " + text);
                if (text.equals("*")) {
                    movable = null;
                } else {
                    Set<Long> ids = new HashSet<>();
                    JacksonUtils.getMapper().readTree(text).forEach(n -> ids.add(n.asLong()));
                    movable = ids;
                }
            } else if (expression.contains("$kanban.viewers(")) {
                received.add("viewers " + text);
                Map<Long, String> now = new HashMap<>();
                JacksonUtils.getMapper().readTree(text).properties()
                        .forEach(e -> now.put(Long.valueOf(e.getKey()), e.getValue().asString()));
                viewers = now;
            }
        }
        return this;
    }

    private void apply(JsonNode m) {
        if (m.get("full").asBoolean()) {
            Set<Long> keep = new HashSet<>();
            m.get("cards").forEach(c -> keep.add(c.get("id").asLong()));
            cards.keySet().retainAll(keep);
            columns.clear();
        }
        m.get("cards").forEach(c -> {
            cards.put(c.get("id").asLong(), c);
            drawings.merge(c.get("id").asLong(), 1, Integer::sum);
        });
        m.get("removed").forEach(id -> {
            cards.remove(id.asLong());
            columns.values().forEach(list -> list.remove(Long.valueOf(id.asLong())));
        });
        m.get("columns").forEach(col -> {
            List<Long> ids = new ArrayList<>();
            col.get("cards").forEach(id -> ids.add(id.asLong()));
            // As the script: a card placed here leaves wherever it was.
            columns.values().forEach(list -> list.removeAll(ids));
            columns.put(col.get("id").asLong(), ids);
            counts.put(col.get("id").asLong(), ids.size() + " " + col.get("words").asString());
        });
    }

    /** The titles a browser shows in a column (hidden cards left out), in order. */
    List<String> titles(long column) {
        read();
        return columns.getOrDefault(column, List.of()).stream().filter(id -> !hidden.contains(id))
                .map(id -> cards.get(id).get("title").asString()).toList();
    }

    /** A column's header count: the number shown and the words read out, e.g. "1 카드 1장". */
    String count(long column) {
        read();
        return counts.get(column);
    }

    /** What a card's body shows, as text. */
    String text(long card) {
        return html(card).replaceAll("<[^>]*>", " ");
    }

    String html(long card) {
        read();
        return cards.get(card).get("html").asString();
    }

    boolean overdue(long card) {
        read();
        return cards.get(card).get("overdue").asBoolean();
    }

    /** Whether the browser offers to move the card (draggable, its move toggle shown). */
    boolean mayMove(long card) {
        read();
        return cards.containsKey(card) && (movable == null || movable.contains(card));
    }

    /** Who else has the card open, as marked on it. */
    String viewers(long card) {
        read();
        return viewers.getOrDefault(card, "");
    }

    /** How many times the card's drawing was sent. */
    int drawings(long card) {
        read();
        return drawings.getOrDefault(card, 0);
    }
}
