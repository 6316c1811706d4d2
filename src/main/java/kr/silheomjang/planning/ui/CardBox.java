package kr.silheomjang.planning.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.ui.Formats;

/**
 * One card on the board; a drag source, a drop target (a dropped card goes before it) and keyboard-movable. The card
 * is a named group (not a button: it holds the move menu, and a button must not contain buttons); the card itself is
 * the keyboard stop (Enter opens it, Alt+arrows move it), and its body is a real button for pointer and screen-reader
 * users.
 *
 * <p>The move menu is a disclosure: one plain toggle button per card, whose four move buttons are built only while it
 * is open. A card that moves is detached and attached on the server and in every watching browser (Flow has no move
 * for a node), and a MenuBar on each card set itself up again each time: about half as much again per move for a
 * watching browser (decision note 0046).
 */
final class CardBox extends Div {

    CardSummary card;
    /** What the card's content shows, as last drawn: a move changes none of it, so a moved card keeps its body. */
    private @Nullable Content shownContent;
    /** Where it may go and whether this viewer may move it, as last applied. */
    private @Nullable Place shownPlace;
    private @Nullable List<String> shownViewers;

    private record Content(long id, String title, @Nullable String category, @Nullable LocalDate due, boolean overdue,
            List<String> labels, int checklistTotal, int checklistDone, int comments, List<String> assignees,
            java.util.Locale locale) {
    }

    private record Place(boolean canLeft, boolean canRight, boolean editable) {
    }
    final Span viewers = new Span();
    private final BoardHost board;
    private final NativeButton body = new NativeButton();
    final NativeButton menu = new NativeButton();
    /** The open menu's move buttons; empty while it is closed. */
    final Map<Direction, NativeButton> moves = new EnumMap<>(Direction.class);
    private @Nullable Div moveButtons;

    CardBox(BoardHost board) {
        this.board = board;
        addClassName("kanban-card");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-keyshortcuts", "Enter Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown");
        body.addClassName("kanban-card-body");
        // One tab stop per card (the card itself); the button stays for clicks and screen readers' browse mode.
        body.getElement().setAttribute("tabindex", "-1");
        body.addClickListener(e -> board.openCard(card.id()));
        viewers.addClassName("kanban-viewers");
        menu.addClassName("kanban-card-menu");
        menu.getElement().setAttribute("aria-expanded", "false");
        Element glyph = new Element("span");
        glyph.setText("\u21c4");
        glyph.setAttribute("aria-hidden", "true");
        menu.getElement().appendChild(glyph);
        menu.addClickListener(e -> {
            if (moveButtons == null) {
                openMoves();
            } else {
                closeMoves();
            }
        });
        getElement().addEventListener("keydown", e -> board.openCard(card.id()))
                .setFilter("event.key === 'Enter' && event.target === event.currentTarget");
        for (Direction d : Direction.values()) {
            String key = "Arrow" + switch (d) {
                case LEFT -> "Left";
                case RIGHT -> "Right";
                case UP -> "Up";
                case DOWN -> "Down";
            };
            // Only on the card itself (not inside its open move menu, whose items take arrows). Never test
            // event.defaultPrevented here: Flow turns preventDefault() into "filter && event.preventDefault()" and
            // evaluates a listener's expressions in no fixed order, so the filter could see its own preventDefault
            // and never match. The default is Chromium's Alt+arrow history navigation, which must not happen.
            getElement().addEventListener("keydown", e -> {
                if (card != null && board.currentBoard().canEdit(card)) {
                    board.move(card.id(), d);
                }
            }).setFilter("event.altKey && event.key === '" + key + "' && event.target === event.currentTarget")
                    .preventDefault();
        }
        DragSource<CardBox> drag = DragSource.create(this);
        drag.addDragStartListener(e -> drag.setDragData(card.id()));
        DropTarget<CardBox> drop = DropTarget.create(this);
        drop.addDropListener(e -> e.getDragData().ifPresent(d -> {
            if (!Objects.equals(d, card.id())) {
                board.drop((Long) d, card.columnId(), dropIndex((Long) d));
            }
        }));
        add(body, viewers, menu);
    }

    /** Where a card dropped on this one goes: this card's place, counted without the dragged card. */
    private int dropIndex(long dragged) {
        Board b = board.currentBoard();
        ColumnView col = b.columns().stream().filter(c -> c.id() == card.columnId()).findFirst().orElseThrow();
        int index = 0;
        while (index < col.cards().size() && col.cards().get(index).id() != card.id()) {
            index++;
        }
        for (int from = 0; from < index; from++) {
            if (col.cards().get(from).id() == dragged) {
                return index - 1;
            }
        }
        return index;
    }

    void update(CardSummary c, LocalDate today, boolean canLeft, boolean canRight) {
        this.card = c;
        Board b = board.currentBoard();
        boolean editable = b.canEdit(c);
        Place place = new Place(canLeft, canRight, editable);
        if (!place.equals(shownPlace)) {
            shownPlace = place;
            menu.setVisible(editable);
            getElement().setProperty("draggable", editable);
            DragSource.configure(this).setDraggable(editable);
            if (!editable) {
                closeMoves();
            } else if (moveButtons != null) {
                moves.get(Direction.LEFT).setEnabled(canLeft);
                moves.get(Direction.RIGHT).setEnabled(canRight);
            }
        }
        // Everything the body shows; when none of it changed (most cards, on most changes, and a moved card too)
        // nothing is rebuilt or sent.
        Content content = new Content(c.id(), c.title(), c.category(), c.due(), c.overdue(today), c.labels(),
                c.checklistTotal(), c.checklistDone(), c.comments(), c.assigneeIds().stream().map(b::nameOf).toList(),
                getLocale());
        if (content.equals(shownContent)) {
            return;
        }
        shownContent = content;
        getElement().setAttribute("data-card-id", String.valueOf(c.id()));
        getElement().setAttribute("aria-label", c.title());
        String menuName = getTranslation("planning.card.menu", c.title());
        menu.getElement().setAttribute("aria-label", menuName);
        if (moveButtons != null) {
            moveButtons.getElement().setAttribute("aria-label", menuName);
        }
        // Plain elements, not components: a moved card is detached and attached on every open board, and each
        // component in it is told so (Flow looks up its UI each time); its text needs none of that.
        body.getElement().removeAllChildren();
        body.getElement().appendChild(span(c.title(), "kanban-card-title"));
        Element meta = span("", "kanban-card-meta");
        if (c.category() != null && !c.category().equals(c.title())) {
            meta.appendChild(badge(c.category(), "kanban-category"));
        }
        for (String l : c.labels()) {
            meta.appendChild(badge(l, "kanban-label"));
        }
        if (c.overdue(today)) {
            meta.appendChild(badge(getTranslation("planning.overdue"), "kanban-overdue"));
        }
        if (c.due() != null) {
            meta.appendChild(badge(getTranslation("planning.due", Formats.date(c.due(), getLocale())), "kanban-due"));
        }
        if (c.checklistTotal() > 0) {
            Element progress = badge(getTranslation("planning.checklistProgress", c.checklistDone(),
                    c.checklistTotal()), "kanban-progress");
            progress.getClassList().set("complete", c.checklistDone() == c.checklistTotal());
            meta.appendChild(progress);
        }
        if (c.comments() > 0) {
            meta.appendChild(badge(getTranslation("planning.commentCount", c.comments()), "kanban-comments"));
        }
        for (long a : c.assigneeIds()) {
            meta.appendChild(badge(b.nameOf(a), "kanban-assignee"));
        }
        body.getElement().appendChild(meta);
        setClassName("overdue", c.overdue(today));
    }

    private void openMoves() {
        Div group = new Div();
        group.addClassName("kanban-card-moves");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("planning.card.menu", card.title()));
        for (Direction d : Direction.values()) {
            NativeButton item = new NativeButton(getTranslation("planning.move." + d.name()), e -> {
                closeMoves();
                board.move(card.id(), d);
            });
            item.getElement().setAttribute("data-move", d.name());
            moves.put(d, item);
            group.add(item);
        }
        moves.get(Direction.LEFT).setEnabled(shownPlace.canLeft());
        moves.get(Direction.RIGHT).setEnabled(shownPlace.canRight());
        moveButtons = group;
        add(group);
        menu.getElement().setAttribute("aria-expanded", "true");
    }

    private void closeMoves() {
        if (moveButtons != null) {
            remove(moveButtons);
            moveButtons = null;
            moves.clear();
            menu.getElement().setAttribute("aria-expanded", "false");
        }
    }

    void showViewers(List<String> names) {
        // Called for every card whenever presence or the board changes; nearly always nobody new has it open.
        if (names.equals(shownViewers)) {
            return;
        }
        shownViewers = List.copyOf(names);
        viewers.setText(names.isEmpty() ? "" : getTranslation("planning.viewing", String.join(", ", names)));
        viewers.setVisible(!names.isEmpty());
    }

    private static Element badge(String text, String className) {
        Element badge = span(text, "kanban-badge");
        badge.getClassList().add(className);
        return badge;
    }

    private static Element span(String text, String className) {
        Element span = new Element("span");
        span.setText(text);
        span.getClassList().add(className);
        return span;
    }
}
