package kr.silheomjang.planning.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.planning.ColumnView;

/** One column: header with count, WIP warning and menu; its cards; a drop zone and an add field at the end. */
final class ColumnBox extends Div {

    final long columnId;
    final H3 name = new H3();
    final Span count = new Span();
    final Span wip = new Span();
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
        Div header = new Div(name, count, countWords, wip, menu);
        header.addClassName("kanban-column-header");
        cards.addClassName("kanban-cards");
        dropZone.addClassName("kanban-drop-zone");
        empty.addClassName("kanban-empty");
        DropTarget<Div> target = DropTarget.create(dropZone);
        target.addDropListener(e -> e.getDragData()
                .ifPresent(d -> board.drop((Long) d, columnId, Integer.MAX_VALUE)));
        // An empty column's "카드가 없습니다" is where people drop a card: it takes drops too.
        DropTarget<Span> onEmpty = DropTarget.create(empty);
        onEmpty.addDropListener(e -> e.getDragData()
                .ifPresent(d -> board.drop((Long) d, columnId, Integer.MAX_VALUE)));
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

    /** Shows the column as read and exactly the given card components, touching the DOM only when they changed. */
    void update(ColumnView col, boolean canManage, List<CardBox> shown) {
        this.column = col;
        // The header shows only these; when none changed (every column but the one or two a change touches) it is
        // left alone: no message look-ups and no attribute writes on each open board (issue #21).
        Header now = new Header(col.name(), col.cards().size(), col.wipLimit(), col.overWipLimit(), canManage,
                getLocale());
        if (!now.equals(shownHeader)) {
            shownHeader = now;
            showHeader(col, canManage);
        }
        showCards(shown);
    }

    private record Header(String name, int cards, Integer wipLimit, boolean over, boolean canManage,
            java.util.Locale locale) {
    }

    private Header shownHeader;

    private void showHeader(ColumnView col, boolean canManage) {
        name.setText(ColumnNames.shown(this, col.name()));
        count.setText(String.valueOf(col.cards().size()));
        // The bare number is for the eye; screen readers get the words (a label on a span is not read).
        count.getElement().setAttribute("aria-hidden", "true");
        countWords.setText(getTranslation("planning.cards", col.cards().size()));
        boolean over = col.overWipLimit();
        wip.setVisible(col.wipLimit() != null);
        wip.setText(col.wipLimit() == null ? "" : getTranslation(over ? "planning.wip" : "planning.wipOk",
                col.wipLimit()));
        setClassName("over-wip", over);
        menu.setVisible(canManage);
        menu.getElement().setAttribute("aria-label", getTranslation("planning.column.menu", ColumnNames.shown(this, col.name())));
        menuRoot.setAriaLabel(getTranslation("planning.column.menu", ColumnNames.shown(this, col.name())));
        adder.setVisible(canManage);
    }

    private void showCards(List<CardBox> shown) {
        List<Component> wanted = new ArrayList<>(shown);
        if (shown.isEmpty()) {
            wanted.add(empty);
        }
        wanted.add(dropZone);
        List<Component> current = cards.getChildren().toList();
        if (!current.equals(wanted)) {
            // Only what moved is detached and attached again: re-adding every card would re-send each one (and
            // rebuild its menu) on every open board, for every change (issue #21, the 1,000-view fan-out). The
            // children are tracked in a local list: asking the component for its count or a child streams them all.
            java.util.Set<Component> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            keep.addAll(wanted);
            List<Component> now = new ArrayList<>(current.size());
            for (Component c : current) {
                if (keep.contains(c)) {
                    now.add(c);
                } else {
                    cards.remove(c);
                }
            }
            for (int i = 0; i < wanted.size(); i++) {
                Component w = wanted.get(i);
                if (i < now.size() && now.get(i) == w) {
                    continue;
                }
                int at = now.indexOf(w);
                if (at >= 0) {
                    cards.remove(w);
                    now.remove(at);
                }
                cards.addComponentAtIndex(i, w);
                now.add(i, w);
            }
        }
    }
}
