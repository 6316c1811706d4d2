package kr.silheomjang.planning.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.planning.ColumnView;

/**
 * One column: header with count, WIP warning and menu; its cards (drawn in the browser, {@link BoardCards}); a drop
 * zone and an add field at the end.
 */
final class ColumnBox extends Div {

    final long columnId;
    final H3 name = new H3();
    final Span count = new Span();
    final Span wip = new Span();
    /** The count in words, for screen readers; written by the browser with the count (BoardCards). */
    private final Span countWords = new Span();
    final MenuBar menu = ComponentTexts.localize(new MenuBar());
    final Div cards = new Div();
    final Div dropZone = new Div();
    final Span empty;
    final TextField newTitle = new TextField();
    final Button add = new Button();
    private final Div adder;
    private final MenuItem menuRoot;
    ColumnView column;

    ColumnBox(BoardHost board, long columnId) {
        this.columnId = columnId;
        long experimentId = board.experiment();
        var columns = board.services().columns();
        empty = new Span(board.getTranslation("planning.empty"));
        addClassName("kanban-column");
        getElement().setAttribute("data-column-id", String.valueOf(columnId));
        count.addClassName("kanban-count");
        wip.addClassName("kanban-wip");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        menu.addClassName("kanban-column-menu");
        MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        menuRoot = root;
        SubMenu sub = root.getSubMenu();
        sub.addItem(board.getTranslation("planning.column.edit"), e -> ColumnDialog.forEdit(board, column).open());
        sub.addItem(board.getTranslation("planning.column.left"),
                e -> board.change(() -> columns.moveColumn(experimentId, columnId, -1)));
        sub.addItem(board.getTranslation("planning.column.right"),
                e -> board.change(() -> columns.moveColumn(experimentId, columnId, 1)));
        sub.addItem(board.getTranslation("planning.column.remove"),
                e -> board.change(() -> columns.removeColumn(experimentId, columnId)));
        countWords.addClassName("sr-only");
        countWords.addClassName("kanban-count-words");
        // The bare number is for the eye; screen readers get the words (a label on a span is not read).
        count.getElement().setAttribute("aria-hidden", "true");
        Div header = new Div(name, count, countWords, wip, menu);
        header.addClassName("kanban-column-header");
        cards.addClassName("kanban-cards");
        // The browser puts the cards before these two (BoardCards).
        cards.add(empty, dropZone);
        dropZone.addClassName("kanban-drop-zone");
        empty.addClassName("kanban-empty");
        // The drop zone and an empty column's "카드가 없습니다" take drops: the board hears them (BoardCards).
        String placeholder = board.getTranslation("planning.newCardTitle");
        newTitle.setPlaceholder(placeholder);
        newTitle.setAriaLabel(placeholder);
        newTitle.addClassName("kanban-new-title");
        add.setIcon(VaadinIcon.PLUS.create());
        add.setAriaLabel(board.getTranslation("planning.addCard"));
        add.setTooltipText(board.getTranslation("planning.addCard"));
        add.addClassName("kanban-add-card");
        add.addClickListener(e -> {
            if (board.change(() -> board.services().cards().createCard(experimentId, columnId,
                    newTitle.getValue()))) {
                newTitle.clear();
            }
        });
        newTitle.addKeyPressListener(Key.ENTER, e -> add.click());
        adder = new Div(newTitle, add);
        adder.addClassName("kanban-adder");
        add(header, cards, adder);
    }

    /**
     * Shows the column's header as read, touching the DOM only where it changed. The card count and the "no cards"
     * text are the browser's: they change with the cards (BoardCards).
     */
    void update(ColumnView col, boolean canManage, java.util.Locale locale) {
        // The shared read keeps an unchanged column the same object (SharedBoard.keeping): nothing to look at.
        if (col == column && shownHeader != null && shownHeader.canManage() == canManage
                && shownHeader.locale().equals(locale)) {
            return;
        }
        this.column = col;
        // The header shows only these; when none changed (every column but the one or two a change touches) it is
        // left alone: no message look-ups and no attribute writes on each open board (issue #21).
        Header now = new Header(col.name(), col.wipLimit(), col.overWipLimit(), canManage, locale);
        if (!now.equals(shownHeader)) {
            showHeader(shownHeader, now);
            shownHeader = now;
        }
    }

    private record Header(String name, Integer wipLimit, boolean over, boolean canManage, java.util.Locale locale) {
    }

    private Header shownHeader;

    /**
     * Writes only the parts that differ from what is shown ({@code was}, null at first): each open board paid for
     * every text and label of a header that a change touched.
     */
    private void showHeader(Header was, Header now) {
        boolean all = was == null || !was.locale().equals(now.locale());
        if (all || !was.name().equals(now.name())) {
            String shownName = ColumnNames.shown(this, now.name());
            name.setText(shownName);
            String menuName = getTranslation("planning.column.menu", shownName);
            menu.getElement().setAttribute("aria-label", menuName);
            menuRoot.setAriaLabel(menuName);
        }
        if (all || !java.util.Objects.equals(was.wipLimit(), now.wipLimit()) || was.over() != now.over()) {
            wip.setVisible(now.wipLimit() != null);
            wip.setText(now.wipLimit() == null ? ""
                    : getTranslation(now.over() ? "planning.wip" : "planning.wipOk", now.wipLimit()));
            setClassName("over-wip", now.over());
        }
        if (all || was.canManage() != now.canManage()) {
            menu.setVisible(now.canManage());
            adder.setVisible(now.canManage());
        }
    }
}
