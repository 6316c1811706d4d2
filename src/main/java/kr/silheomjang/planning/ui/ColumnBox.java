package kr.silheomjang.planning.ui;

import java.util.ArrayList;
import java.util.List;

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
import com.vaadin.flow.dom.Element;

import kr.silheomjang.ui.ComponentTexts;
import kr.silheomjang.planning.ColumnView;

/** One column: header with count, WIP warning and menu; its cards; a drop zone and an add field at the end. */
final class ColumnBox extends Div {

    final long columnId;
    final H3 name = new H3();
    final Span count = new Span();
    final Span wip = new Span();
    private final Span countWords = new Span();
    /**
     * The two texts a card move changes, as text nodes kept in place: {@code setText} on the spans would replace
     * their text node (a node removed, one created and sent) on every open board, where this sends one new value.
     */
    private final Element countText = Element.createText("");
    private final Element countWordsText = Element.createText("");
    /** The cards area's children as last set, so that a render need not ask the element tree for them. */
    private List<Element> shownChildren = List.of();
    private List<CardBox> shownCards = List.of();
    /** Whether the "no cards" text is shown, as last set (null: not yet). */
    private Boolean emptyShown;
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
        count.getElement().appendChild(countText);
        countWords.getElement().appendChild(countWordsText);
        // The bare number is for the eye; screen readers get the words (a label on a span is not read).
        count.getElement().setAttribute("aria-hidden", "true");
        Div header = new Div(name, count, countWords, wip, menu);
        header.addClassName("kanban-column-header");
        cards.addClassName("kanban-cards");
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

    /** Shows the column as read and exactly the given card components, touching the DOM only when they changed. */
    void update(ColumnView col, boolean canManage, List<CardBox> shown) {
        this.column = col;
        // The header shows only these; when none changed (every column but the one or two a change touches) it is
        // left alone: no message look-ups and no attribute writes on each open board (issue #21).
        Header now = new Header(col.name(), col.cards().size(), col.wipLimit(), col.overWipLimit(), canManage,
                getLocale());
        if (!now.equals(shownHeader)) {
            showHeader(shownHeader, now);
            shownHeader = now;
        }
        showCards(shown);
    }

    /** The column as last drawn, on what basis and where: all the same objects and places, nothing to do. */
    private ColumnView drawnColumn;
    private BoardView.Basis drawnBasis;
    private boolean drawnLeft;
    private boolean drawnRight;

    boolean isDrawn(ColumnView col, BoardView.Basis basis, boolean canLeft, boolean canRight) {
        return col == drawnColumn && basis == drawnBasis && canLeft == drawnLeft && canRight == drawnRight;
    }

    void drawn(ColumnView col, BoardView.Basis basis, boolean canLeft, boolean canRight) {
        drawnColumn = col;
        drawnBasis = basis;
        drawnLeft = canLeft;
        drawnRight = canRight;
    }

    /** How many of its cards the column shows (after the board's filter). */
    int shownCount() {
        return shownCards.size();
    }

    private record Header(String name, int cards, Integer wipLimit, boolean over, boolean canManage,
            java.util.Locale locale) {
    }

    private Header shownHeader;

    /**
     * Writes only the parts that differ from what is shown ({@code was}, null at first): a card move changes two
     * columns' counts and nothing else, and each open board paid for every text and label of both headers.
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
        if (all || was.cards() != now.cards()) {
            countText.setText(String.valueOf(now.cards()));
            countWordsText.setText(getTranslation("planning.cards", now.cards()));
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

    private void showCards(List<CardBox> shown) {
        List<Element> wanted = new ArrayList<>(shown.size() + 2);
        shown.forEach(c -> wanted.add(c.getElement()));
        // Always there, hidden while the column has cards: taking it out and putting it back re-sent it whole to
        // every open board whenever a column emptied or got its first card.
        if (emptyShown == null || emptyShown != shown.isEmpty()) {
            empty.setVisible(shown.isEmpty());
            emptyShown = shown.isEmpty();
        }
        shownCards = List.copyOf(shown);
        wanted.add(empty.getElement());
        wanted.add(dropZone.getElement());
        List<Element> current = shownChildren;
        if (!current.equals(wanted)) {
            // Only what moved is detached and attached again: re-adding every card would re-send each one on every
            // open board, for every change (issue #21, the 1,000-view fan-out). The children are tracked in a local
            // list: asking the element for its count or a child walks them all.
            Element area = cards.getElement();
            java.util.Set<Element> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            keep.addAll(wanted);
            List<Element> now = new ArrayList<>(current.size());
            for (Element c : current) {
                if (keep.contains(c)) {
                    now.add(c);
                } else if (area.equals(c.getParent())) {
                    // equals, not ==: an element's parent is a new wrapper of the same node each time
                    c.removeFromParent();
                }
            }
            for (int i = 0; i < wanted.size(); i++) {
                Element w = wanted.get(i);
                if (i < now.size() && now.get(i) == w) {
                    continue;
                }
                int at = now.indexOf(w);
                if (at >= 0) {
                    now.remove(at);
                }
                // Takes it from wherever it is (this column or another) and puts it here.
                area.insertChild(i, w);
                now.add(i, w);
            }
            shownChildren = List.copyOf(now);
        }
    }

    /** The cards the column shows, in order (after the board's filter). */
    List<CardBox> shownCards() {
        return shownCards;
    }
}
