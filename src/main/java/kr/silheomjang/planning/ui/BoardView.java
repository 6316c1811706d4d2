package kr.silheomjang.planning.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.BoardFilter;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * The planning board of one experiment: a live kanban. Live updates re-read the board through the service and patch
 * the existing column and card components in place, so scroll positions and an open card dialog survive. Cards move
 * by drag and drop or, for people who cannot drag, by each card's move menu (and Alt+arrow keys).
 */
@Route("experiments/:experimentId/board")
@PermitAll
@StyleSheet("css/planning.css")
public class BoardView extends ExperimentPage implements CardDialog.Host {

    private final PlanningService planning;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AdministratorService administrators;

    final Div kanban = new Div();
    final Select<Long> assigneeFilter = new Select<>();
    final Select<String> labelFilter = new Select<>();
    final Select<String> categoryFilter = new Select<>();
    final Select<BoardFilter.Due> dueFilter = new Select<>();
    final Checkbox mineFilter = new Checkbox();
    final Button clearFilters = new Button();
    final Span filterInfo = new Span();
    final Button addColumn = new Button();
    final Button addPreparation = new Button();
    final Button editTemplates = new Button();
    final Map<Long, ColumnBox> columnBoxes = new HashMap<>();
    final Map<Long, CardBox> cardBoxes = new HashMap<>();

    long experimentId;
    Board board;
    /** Organisation administrators edit the templates every experiment shares. */
    boolean administrator;
    CardDialog openDialog;
    private boolean renderingFilters;

    public BoardView(ExperimentPageSupport support, PlanningService planning, Clock clock,
            AdministratorService administrators) {
        // Presence matters here too: it marks which card each person has open.
        super(support, "planning.nav", "board", PlanningLive.BOARD, PlanningLive.MENTION, WorkspaceLive.MEMBERS,
                WorkspaceLive.PRESENCE);
        beforeLeaving(() -> {
            if (openDialog != null) {
                openDialog.close();
            }
        });
        this.planning = planning;
        this.presence = support.presence();
        this.currentUser = support.currentUser();
        this.clock = clock;
        this.administrators = administrators;
        addClassName("planning-board");
        setPadding(true);

        assigneeFilter.setLabel(getTranslation("planning.filter.assignee"));
        assigneeFilter.setEmptySelectionAllowed(true);
        assigneeFilter.setEmptySelectionCaption(getTranslation("planning.filter.due.ANY"));
        assigneeFilter.setId("filter-assignee");
        labelFilter.setLabel(getTranslation("planning.filter.label"));
        labelFilter.setEmptySelectionAllowed(true);
        labelFilter.setEmptySelectionCaption(getTranslation("planning.filter.due.ANY"));
        labelFilter.setId("filter-label");
        categoryFilter.setLabel(getTranslation("planning.filter.category"));
        categoryFilter.setEmptySelectionAllowed(true);
        categoryFilter.setEmptySelectionCaption(getTranslation("planning.filter.due.ANY"));
        categoryFilter.setId("filter-category");
        dueFilter.setLabel(getTranslation("planning.filter.due"));
        dueFilter.setItems(BoardFilter.Due.values());
        dueFilter.setItemLabelGenerator(d -> getTranslation("planning.filter.due." + d.name()));
        dueFilter.setValue(BoardFilter.Due.ANY);
        dueFilter.setId("filter-due");
        mineFilter.setLabel(getTranslation("planning.filter.mine"));
        mineFilter.setId("filter-mine");
        clearFilters.setText(getTranslation("planning.filter.clear"));
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(e -> {
            renderingFilters = true;
            assigneeFilter.clear();
            labelFilter.clear();
            categoryFilter.clear();
            dueFilter.setValue(BoardFilter.Due.ANY);
            mineFilter.setValue(false);
            renderingFilters = false;
            render();
        });
        for (var f : List.of(assigneeFilter, labelFilter, categoryFilter, dueFilter)) {
            f.addValueChangeListener(e -> {
                if (!renderingFilters) {
                    render();
                }
            });
        }
        mineFilter.addValueChangeListener(e -> render());
        filterInfo.addClassName("planning-filter-info");
        filterInfo.setId("filter-info");

        HorizontalLayout filters = new HorizontalLayout(assigneeFilter, labelFilter, categoryFilter, dueFilter,
                mineFilter, clearFilters, filterInfo);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("planning-filters");

        addColumn.setText(getTranslation("planning.addColumn"));
        addColumn.setIcon(VaadinIcon.PLUS.create());
        addColumn.setId("add-column");
        addColumn.addClickListener(e -> ColumnDialog.forNew(this).open());
        addPreparation.setText(getTranslation("planning.addPreparation"));
        addPreparation.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        addPreparation.setId("add-preparation");
        addPreparation.addClickListener(e -> guarded(() -> planning.addTemplate(experimentId, "PREPARATION")));
        editTemplates.setText(getTranslation("planning.templates"));
        editTemplates.setIcon(VaadinIcon.COPY_O.create());
        editTemplates.setId("edit-templates");
        editTemplates.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editTemplates.addClickListener(e -> new TemplateDialog(this).open());
        HorizontalLayout actions = new HorizontalLayout(addColumn, addPreparation, editTemplates);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        kanban.addClassName("kanban");
        kanban.setId("kanban");
        add(actions, filters, kanban);
    }

    @Override
    protected void load(long id) {
        Board read = planning.board(id);
        if (board == null || board.experimentId() != id) {
            kanban.removeAll();
            columnBoxes.clear();
            cardBoxes.clear();
        }
        board = read;
        administrator = administrators.isAdministrator();
        experimentId = id;
        render();
    }

    // --- live ------------------------------------------------------------------------------------------------

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        AppUser me = currentUser.require();
        for (LiveUpdate u : updates) {
            if (u.is(PlanningLive.MENTION) && u.ids().size() > 1
                    && u.ids().subList(1, u.ids().size()).contains(me.id())) {
                CardBox box = cardBoxes.get(u.ids().get(0));
                String title = box == null ? "" : box.card.title();
                Notification n = Notification.show(getTranslation("planning.mentioned", title), 5000,
                        Notification.Position.BOTTOM_END);
                n.setId("mention-notification");
            }
        }
        if (LiveUpdate.any(updates, PlanningLive.BOARD, WorkspaceLive.MEMBERS)) {
            reload();
            Set<Long> touched = updates.stream().filter(u -> u.is(PlanningLive.BOARD))
                    .flatMap(u -> u.ids().stream()).collect(Collectors.toSet());
            if (openDialog != null && openDialog.isOpened()
                    && (touched.isEmpty() || touched.contains(openDialog.cardId))) {
                openDialog.refresh();
            }
        }
        if (LiveUpdate.any(updates, WorkspaceLive.PRESENCE)) {
            renderViewers();
        }
    }

    /** Presence says where I am: "board", or "card:42" while a card dialog is open. */
    void showPresenceAt(String place) {
        presenceAt(place);
    }

    /** Re-reads the board (e.g. after a dialog saved); a refusal makes the page leave. */
    void refresh() {
        reload();
    }

    // --- rendering in place ----------------------------------------------------------------------------------

    BoardFilter filter() {
        return new BoardFilter(assigneeFilter.getValue(), labelFilter.getValue(), categoryFilter.getValue(),
                dueFilter.getValue(), mineFilter.getValue());
    }

    void render() {
        if (board == null) {
            return;
        }
        renderFilterChoices();
        boolean manage = board.canManage();
        addColumn.setVisible(manage);
        addPreparation.setVisible(manage);
        editTemplates.setVisible(administrator);
        BoardFilter filter = filter();
        LocalDate today = LocalDate.now(clock);
        Set<Long> seenCards = new HashSet<>();
        List<Component> orderedColumns = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < board.columns().size(); i++) {
            ColumnView col = board.columns().get(i);
            ColumnBox box = columnBoxes.computeIfAbsent(col.id(), k -> new ColumnBox(k));
            List<CardBox> cards = new ArrayList<>();
            for (CardSummary c : col.cards()) {
                seenCards.add(c.id());
                if (!filter.matches(c, today, board.myUserId())) {
                    cardBoxes.remove(c.id());
                    continue;
                }
                CardBox cardBox = cardBoxes.computeIfAbsent(c.id(), k -> new CardBox());
                cardBox.update(c, today, i > 0, i < board.columns().size() - 1);
                cards.add(cardBox);
            }
            shown += cards.size();
            box.update(col, i, board.columns().size(), cards);
            orderedColumns.add(box);
        }
        cardBoxes.keySet().retainAll(seenCards);
        columnBoxes.keySet().retainAll(board.columns().stream().map(ColumnView::id).toList());
        if (!kanban.getChildren().toList().equals(orderedColumns)) {
            kanban.removeAll();
            orderedColumns.forEach(kanban::add);
        }
        filterInfo.setText(filter.isEmpty() ? "" : getTranslation("planning.filter.shown", shown));
        renderViewers();
    }

    private void renderFilterChoices() {
        renderingFilters = true;
        try {
            Long a = assigneeFilter.getValue();
            assigneeFilter.setItems(board.members().stream().map(Board.Person::userId).toList());
            assigneeFilter.setItemLabelGenerator(id -> id == null ? getTranslation("planning.filter.due.ANY")
                    : board.nameOf(id));
            assigneeFilter.setValue(a != null && board.members().stream().anyMatch(p -> p.userId() == a) ? a : null);
            String l = labelFilter.getValue();
            List<String> labels = board.labelsInUse();
            if (!labels.equals(labelFilter.getListDataView().getItems().toList())) {
                labelFilter.setItems(labels);
            }
            labelFilter.setValue(labels.contains(l) ? l : null);
            String c = categoryFilter.getValue();
            List<String> categories = board.categoriesInUse();
            if (!categories.equals(categoryFilter.getListDataView().getItems().toList())) {
                categoryFilter.setItems(categories);
            }
            categoryFilter.setValue(categories.contains(c) ? c : null);
        } finally {
            renderingFilters = false;
        }
    }

    /** Marks each card with the co-planners who have it open right now. */
    void renderViewers() {
        long me = currentUser.require().id();
        Map<Long, List<String>> viewers = new HashMap<>();
        for (PresenceRegistry.PresentUser u : presence.present(experimentId)) {
            if (u.userId() != me && u.place() != null && u.place().startsWith("card:")) {
                try {
                    viewers.computeIfAbsent(Long.parseLong(u.place().substring(5)), k -> new ArrayList<>())
                            .add(u.displayName());
                } catch (NumberFormatException ignored) {
                    // not a card place
                }
            }
        }
        cardBoxes.forEach((id, box) -> box.showViewers(viewers.getOrDefault(id, List.of())));
    }

    // --- actions ---------------------------------------------------------------------------------------------

    /** Runs a change for the board or one of its dialogs; the latest board is shown afterwards either way. */
    boolean guarded(Runnable change) {
        return run(change);
    }

    void move(long cardId, Direction direction) {
        guarded(() -> planning.move(experimentId, cardId, direction));
        CardBox box = cardBoxes.get(cardId);
        if (box != null) {
            box.getElement().callJsFunction("focus");
        }
    }

    void openCard(long cardId) {
        if (openDialog != null && openDialog.isOpened()) {
            openDialog.close();
        }
        openDialog = Actions.on(this).afterRefusal(this::reload).call(() -> new CardDialog(this, planning, cardId))
                .orElse(null);
        if (openDialog == null) {
            return;
        }
        openDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                showPresenceAt("board");
                openDialog = null;
            }
        });
        openDialog.open();
        showPresenceAt("card:" + cardId);
        renderViewers();
    }

    @Override
    public long experiment() {
        return experimentId;
    }

    @Override
    public Board currentBoard() {
        return board;
    }

    @Override
    public boolean change(Runnable change) {
        return guarded(change);
    }

    @Override
    public void refreshBoard() {
        refresh();
    }

    PlanningService service() {
        return planning;
    }

    Clock clock() {
        return clock;
    }

    // --- components ------------------------------------------------------------------------------------------

    /** One column: header with count, WIP warning and menu; its cards; a drop zone and an add field at the end. */
    final class ColumnBox extends Div {
        final long columnId;
        final H3 name = new H3();
        final Span count = new Span();
        final Span wip = new Span();
        final MenuBar menu = new MenuBar();
        final Div cards = new Div();
        final Div dropZone = new Div();
        final Span empty = new Span(getTranslation("planning.empty"));
        final TextField newTitle = new TextField();
        final Button add = new Button();
        ColumnView column;

        ColumnBox(long columnId) {
            this.columnId = columnId;
            addClassName("kanban-column");
            getElement().setAttribute("data-column-id", String.valueOf(columnId));
            count.addClassName("kanban-count");
            wip.addClassName("kanban-wip");
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
            menu.addClassName("kanban-column-menu");
            MenuItem root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
            SubMenu sub = root.getSubMenu();
            sub.addItem(getTranslation("planning.column.edit"), e -> ColumnDialog.forEdit(BoardView.this, column)
                    .open());
            sub.addItem(getTranslation("planning.column.left"),
                    e -> guarded(() -> planning.moveColumn(experimentId, columnId, -1)));
            sub.addItem(getTranslation("planning.column.right"),
                    e -> guarded(() -> planning.moveColumn(experimentId, columnId, 1)));
            sub.addItem(getTranslation("planning.column.remove"),
                    e -> guarded(() -> planning.removeColumn(experimentId, columnId)));
            Div header = new Div(name, count, wip, menu);
            header.addClassName("kanban-column-header");
            cards.addClassName("kanban-cards");
            dropZone.addClassName("kanban-drop-zone");
            empty.addClassName("kanban-empty");
            DropTarget<Div> target = DropTarget.create(dropZone);
            target.addDropListener(e -> e.getDragData().ifPresent(d -> dropped((Long) d, columnId, Integer.MAX_VALUE)));
            newTitle.setPlaceholder(getTranslation("planning.newCardTitle"));
            newTitle.setAriaLabel(getTranslation("planning.newCardTitle"));
            newTitle.addClassName("kanban-new-title");
            add.setIcon(VaadinIcon.PLUS.create());
            add.setAriaLabel(getTranslation("planning.addCard"));
            add.setTooltipText(getTranslation("planning.addCard"));
            add.addClassName("kanban-add-card");
            add.addClickListener(e -> {
                if (guarded(() -> planning.createCard(experimentId, columnId, newTitle.getValue()))) {
                    newTitle.clear();
                }
            });
            newTitle.addKeyPressListener(Key.ENTER, e -> add.click());
            Div adder = new Div(newTitle, add);
            adder.addClassName("kanban-adder");
            add(header, cards, adder);
        }

        void update(ColumnView col, int index, int total, List<CardBox> shown) {
            this.column = col;
            name.setText(col.name());
            count.setText(String.valueOf(col.cards().size()));
            count.getElement().setAttribute("aria-label", getTranslation("planning.cards", col.cards().size()));
            boolean over = col.overWipLimit();
            wip.setVisible(col.wipLimit() != null);
            wip.setText(col.wipLimit() == null ? "" : getTranslation(over ? "planning.wip" : "planning.wipOk",
                    col.wipLimit()));
            setClassName("over-wip", over);
            menu.setVisible(board.canManage());
            menu.getElement().setAttribute("aria-label", getTranslation("planning.column.menu", col.name()));
            newTitle.getParent().ifPresent(p -> p.setVisible(board.canManage()));
            List<Component> wanted = new ArrayList<>(shown);
            if (shown.isEmpty()) {
                wanted.add(empty);
            }
            wanted.add(dropZone);
            if (!cards.getChildren().toList().equals(wanted)) {
                cards.removeAll();
                wanted.forEach(cards::add);
            }
        }
    }

    private void dropped(long cardId, long columnId, int index) {
        guarded(() -> planning.move(experimentId, cardId, columnId, index));
    }

    /** One card on the board; a drag source, a drop target (a dropped card goes before it) and keyboard-movable. */
    final class CardBox extends Div {
        CardSummary card;
        final Span viewers = new Span();
        private final Div body = new Div();
        private final MenuBar menu = new MenuBar();
        private final Map<Direction, MenuItem> moves = new HashMap<>();

        CardBox() {
            addClassName("kanban-card");
            getElement().setAttribute("tabindex", "0");
            getElement().setAttribute("role", "button");
            body.addClassName("kanban-card-body");
            body.addClickListener(e -> openCard(card.id()));
            viewers.addClassName("kanban-viewers");
            menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON,
                    MenuBarVariant.LUMO_SMALL);
            menu.addClassName("kanban-card-menu");
            MenuItem root = menu.addItem(VaadinIcon.ARROWS.create());
            for (Direction d : Direction.values()) {
                MenuItem item = root.getSubMenu().addItem(getTranslation("planning.move." + d.name()),
                        e -> move(card.id(), d));
                item.getElement().setAttribute("data-move", d.name());
                moves.put(d, item);
            }
            getElement().addEventListener("keydown", e -> openCard(card.id()))
                    .setFilter("event.key === 'Enter' && event.target === event.currentTarget");
            for (Direction d : Direction.values()) {
                String key = "Arrow" + switch (d) {
                    case LEFT -> "Left";
                    case RIGHT -> "Right";
                    case UP -> "Up";
                    case DOWN -> "Down";
                };
                getElement().addEventListener("keydown", e -> {
                    if (card != null && board.canEdit(card)) {
                        move(card.id(), d);
                    }
                }).setFilter("event.altKey && event.key === '" + key + "' && event.target === event.currentTarget")
                        .preventDefault();
            }
            DragSource<CardBox> drag = DragSource.create(this);
            drag.addDragStartListener(e -> drag.setDragData(card.id()));
            DropTarget<CardBox> drop = DropTarget.create(this);
            drop.addDropListener(e -> e.getDragData().ifPresent(d -> {
                if (!Objects.equals(d, card.id())) {
                    ColumnView col = board.columns().stream().filter(c -> c.id() == card.columnId()).findFirst()
                            .orElseThrow();
                    int index = 0;
                    while (index < col.cards().size() && col.cards().get(index).id() != card.id()) {
                        index++;
                    }
                    CardSummary dragged = board.columns().stream().flatMap(c -> c.cards().stream())
                            .filter(c -> c.id() == (Long) d).findFirst().orElse(null);
                    if (dragged != null && dragged.columnId() == card.columnId()) {
                        int from = col.cards().indexOf(dragged);
                        if (from >= 0 && from < index) {
                            index--;
                        }
                    }
                    dropped((Long) d, card.columnId(), index);
                }
            }));
            add(body, viewers, menu);
        }

        void update(CardSummary c, LocalDate today, boolean canLeft, boolean canRight) {
            this.card = c;
            getElement().setAttribute("data-card-id", String.valueOf(c.id()));
            getElement().setAttribute("aria-label", c.title());
            boolean editable = board.canEdit(c);
            menu.setVisible(editable);
            getElement().setProperty("draggable", editable);
            DragSource.configure(this).setDraggable(editable);
            moves.get(Direction.LEFT).setEnabled(canLeft);
            moves.get(Direction.RIGHT).setEnabled(canRight);
            menu.getElement().setAttribute("aria-label", getTranslation("planning.card.menu", c.title()));
            body.removeAll();
            Span title = new Span(c.title());
            title.addClassName("kanban-card-title");
            body.add(title);
            Div meta = new Div();
            meta.addClassName("kanban-card-meta");
            if (c.category() != null && !c.category().equals(c.title())) {
                meta.add(badge(c.category(), "kanban-category"));
            }
            for (String l : c.labels()) {
                meta.add(badge(l, "kanban-label"));
            }
            if (c.overdue(today)) {
                meta.add(badge(getTranslation("planning.overdue"), "kanban-overdue"));
            }
            if (c.due() != null) {
                meta.add(badge(getTranslation("planning.due", Formats.date(c.due(), getLocale())), "kanban-due"));
            }
            if (c.checklistTotal() > 0) {
                Span progress = badge(getTranslation("planning.checklistProgress", c.checklistDone(),
                        c.checklistTotal()), "kanban-progress");
                progress.setClassName("complete", c.checklistDone() == c.checklistTotal());
                meta.add(progress);
            }
            if (c.comments() > 0) {
                meta.add(badge(getTranslation("planning.commentCount", c.comments()), "kanban-comments"));
            }
            for (long a : c.assigneeIds()) {
                meta.add(badge(board.nameOf(a), "kanban-assignee"));
            }
            body.add(meta);
            setClassName("overdue", c.overdue(today));
        }

        void showViewers(List<String> names) {
            viewers.setText(names.isEmpty() ? "" : getTranslation("planning.viewing", String.join(", ", names)));
            viewers.setVisible(!names.isEmpty());
        }

        private static Span badge(String text, String className) {
            Span s = new Span(text);
            s.addClassNames("kanban-badge", className);
            return s;
        }
    }
}
