package kr.silheomjang.planning.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.dom.Element;

import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.ui.Formats;

/**
 * One card on the board: the keyboard stop (Enter opens it, Alt+arrows move it), a drag source and a drop target (a
 * dropped card goes before it). The card is a named group (not a button: it holds the move toggle, and a button must
 * not contain buttons); its body is a real button for pointer and screen-reader users.
 *
 * <p>Four plain elements, no component and no listeners of their own (decision note 0048): a card that moves to
 * another column is detached and attached again on every open board (Flow has no move for a node), and each
 * component and listener in it was told so and set up again. The board listens for the cards ({@link BoardCards});
 * the body's title and badges are one escaped HTML text; the move toggle's four buttons are made in the browser
 * while it is open.
 */
final class CardBox {

    CardSummary card;
    /** The card and what its drawing depends on, as last drawn: the same objects mean nothing to do. */
    private @Nullable CardSummary drawnCard;
    private BoardView.@Nullable Basis drawnBasis;
    /** What the content shows, as last drawn: a card whose object changed may still show the same. */
    private @Nullable Content shownContent;
    private @Nullable Place shownPlace;
    private @Nullable List<String> shownViewers;

    private record Content(long id, String title, @Nullable String category, @Nullable LocalDate due, boolean overdue,
            List<String> labels, int checklistTotal, int checklistDone, int comments, List<String> assignees,
            Locale locale) {
    }

    private record Place(boolean canLeft, boolean canRight, boolean editable) {
    }

    private final BoardHost board;
    private final Element element = new Element("div");
    final Element body = new Element("button");
    final Element viewers = new Element("span");
    /** The move toggle: the browser opens and closes its buttons (see {@link BoardCards}). */
    final Element menu = new Element("button");

    CardBox(BoardHost board) {
        this.board = board;
        Element card = element;
        card.getClassList().add("kanban-card");
        card.setAttribute("tabindex", "0");
        card.setAttribute("role", "group");
        card.setAttribute("aria-keyshortcuts", "Enter Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown");
        body.setAttribute("type", "button");
        body.getClassList().add("kanban-card-body");
        // One tab stop per card (the card itself); the button stays for clicks and screen readers' browse mode.
        body.setAttribute("tabindex", "-1");
        viewers.getClassList().add("kanban-viewers");
        menu.setAttribute("type", "button");
        menu.getClassList().add("kanban-card-menu");
        menu.setAttribute("aria-expanded", "false");
        menu.setProperty("innerHTML", "<span aria-hidden=\"true\">\u21c4</span>");
        card.appendChild(body, viewers, menu);
    }

    /**
     * Draws the card. {@code basis} is everything else the drawing depends on (the day, the members, the language):
     * the board passes the same object while none of it changed.
     */
    void update(CardSummary c, Board b, BoardView.Basis basis, boolean canLeft, boolean canRight) {
        this.card = c;
        Place place = new Place(canLeft, canRight, b.canEdit(c));
        if (c == drawnCard && basis == drawnBasis && place.equals(shownPlace)) {
            return;
        }
        drawnCard = c;
        drawnBasis = basis;
        if (!place.equals(shownPlace)) {
            shownPlace = place;
            element.setAttribute("draggable", String.valueOf(place.editable()));
            menu.setAttribute("hidden", !place.editable());
            // Where the toggle's buttons may go; the browser reads these when it opens them.
            element.setAttribute("data-left", place.editable() && canLeft);
            element.setAttribute("data-right", place.editable() && canRight);
        }
        // Everything the body shows; when none of it changed nothing is rebuilt or sent.
        Content content = new Content(c.id(), c.title(), c.category(), c.due(), c.overdue(basis.today()),
                c.labels(), c.checklistTotal(), c.checklistDone(), c.comments(),
                c.assigneeIds().stream().map(b::nameOf).toList(), basis.locale());
        if (content.equals(shownContent)) {
            return;
        }
        shownContent = content;
        element.setAttribute("data-card-id", String.valueOf(c.id()));
        element.setAttribute("aria-label", c.title());
        menu.setAttribute("aria-label", board.getTranslation("planning.card.menu", c.title()));
        body.setProperty("innerHTML", bodyHtml(content));
        element.getClassList().set("overdue", content.overdue());
    }

    /** The title and badges as HTML: every text escaped (titles, labels and names are the users' own). */
    private String bodyHtml(Content c) {
        StringBuilder html = new StringBuilder(256);
        html.append("<span class=\"kanban-card-title\">").append(Texts.escapeMarkup(c.title()))
                .append("</span><span class=\"kanban-card-meta\">");
        if (c.category() != null && !c.category().equals(c.title())) {
            badge(html, c.category(), "kanban-category");
        }
        for (String l : c.labels()) {
            badge(html, l, "kanban-label");
        }
        if (c.overdue()) {
            badge(html, board.getTranslation("planning.overdue"), "kanban-overdue");
        }
        if (c.due() != null) {
            badge(html, board.getTranslation("planning.due", Formats.date(c.due(), c.locale())), "kanban-due");
        }
        if (c.checklistTotal() > 0) {
            badge(html, board.getTranslation("planning.checklistProgress", c.checklistDone(), c.checklistTotal()),
                    c.checklistDone() == c.checklistTotal() ? "kanban-progress complete" : "kanban-progress");
        }
        if (c.comments() > 0) {
            badge(html, board.getTranslation("planning.commentCount", c.comments()), "kanban-comments");
        }
        for (String a : c.assignees()) {
            badge(html, a, "kanban-assignee");
        }
        return html.append("</span>").toString();
    }

    private static void badge(StringBuilder html, String text, String classNames) {
        html.append("<span class=\"kanban-badge ").append(classNames).append("\">").append(Texts.escapeMarkup(text))
                .append("</span>");
    }

    Element getElement() {
        return element;
    }

    void showViewers(List<String> names) {
        // Called for every card whenever presence or the board changes; nearly always nobody new has it open.
        if (names.equals(shownViewers)) {
            return;
        }
        shownViewers = List.copyOf(names);
        // Empty hides it (CSS :empty).
        viewers.setText(names.isEmpty() ? "" : board.getTranslation("planning.viewing", String.join(", ", names)));
    }
}
