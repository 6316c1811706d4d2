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
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Messages;

/**
 * The planning board of one experiment: a live kanban. Live updates re-read the board through the service and patch
 * the existing columns in place and the cards in the browser ({@link BoardCards}), so focus, scroll positions and an
 * open card dialog survive. Cards move by drag and drop or, for people who cannot drag, by each card's move menu (and
 * Alt+arrow keys). The parts are {@link BoardFilters}, {@link ColumnBox} and {@link BoardCards}; they and the
 * dialogs reach the board only as a
 * {@link BoardHost}.
 */
@Route("experiments/:experimentId/board")
@PermitAll
@StyleSheet("css/planning.css")
public class BoardView extends ExperimentPage implements BoardHost {

    private final BoardServices services;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AdministratorService administrators;

    final Div kanban = new Div();
    final BoardFilters filters = new BoardFilters(this::render);
    final Button addColumn = new Button();
    final Button addPreparation = new Button();
    /** The stored template of the guide's §4 preparation checklist (PlanningTemplate.PREPARATION). */
    private static final String PREPARATION = "PREPARATION";
    final Button editTemplates = new Button();
    final Map<Long, ColumnBox> columnBoxes = new HashMap<>();
    /** The cards, drawn in the browser. */
    final BoardCards cards;
    /** The board's columns as last set on it, in order. */
    private List<Component> shownColumns = List.of();
    /** The actions' visibility as last set (null: not yet). */
    private @org.jspecify.annotations.Nullable Boolean shownManage;
    private boolean shownAdministrator;

    long experimentId;
    Board board;
    /** Organisation administrators edit the templates every experiment shares. */
    boolean administrator;
    CardDialog openDialog;
    private @org.jspecify.annotations.Nullable Long requestedCard;
    /** Who has which card open, as presence was last read (null: read it at the next render). */
    private @org.jspecify.annotations.Nullable Map<Long, List<String>> viewers;

    public BoardView(ExperimentPageSupport support, BoardServices services, Clock clock,
            AdministratorService administrators) {
        // Presence matters here too: it marks which card each person has open.
        super(support, "planning.nav", "board", PlanningLive.BOARD, PlanningLive.MENTION, WorkspaceLive.MEMBERS,
                WorkspaceLive.PRESENCE);
        beforeLeaving(() -> {
            if (openDialog != null) {
                openDialog.close();
            }
        });
        this.services = services;
        this.presence = support.presence();
        this.currentUser = support.currentUser();
        this.clock = clock;
        this.administrators = administrators;
        addClassName("planning-board");
        setPadding(true);

        addColumn.setText(getTranslation("planning.addColumn"));
        addColumn.setIcon(VaadinIcon.PLUS.create());
        addColumn.setId("add-column");
        addColumn.addClickListener(e -> ColumnDialog.forNew(this).open());
        addPreparation.setText(getTranslation("planning.addPreparation"));
        addPreparation.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        addPreparation.setId("add-preparation");
        addPreparation.addClickListener(e -> addPreparation());
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
        cards = new BoardCards(kanban, new BoardCards.Handler() {
            @Override
            public void open(long card) {
                if (cardOf(card) != null) {
                    openCard(card);
                }
            }

            @Override
            public void move(long card, Direction direction) {
                CardSummary shown = cardOf(card);
                if (shown != null && board.canEdit(shown)) {
                    BoardView.this.move(card, direction);
                }
            }

            @Override
            public void drop(long card, long column, @org.jspecify.annotations.Nullable Long before) {
                if (cardOf(card) != null && !java.util.Objects.equals(before, card)) {
                    BoardView.this.drop(card, column, before == null ? Integer.MAX_VALUE : dropIndex(card, column,
                            before));
                }
            }
        }, this::getTranslation);
        add(actions, filters, kanban);
    }

    @Override
    protected void load(long id) {
        Board read = services.cards().board(id);
        if (board == null || board.experimentId() != id) {
            kanban.removeAll();
            shownColumns = List.of();
            columnBoxes.clear();
            cards.reset();
            viewers = null;
        }
        // The same shared snapshot as shown (e.g. the echo of this user's own change, already read for its reload):
        // nothing to send.
        boolean unchanged = board != null && board.experimentId() == id && read.columns() == board.columns()
                && read.members() == board.members() && read.myRole() == board.myRole();
        board = read;
        experimentId = id;
        if (!unchanged) {
            render();
        }
        if (requestedCard != null) {
            long card = requestedCard;
            requestedCard = null;
            // Opened once the page itself is on screen (this may run while the route is still being entered).
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            ui.beforeClientResponse(ui, context -> openCard(card));
        }
    }

    /** A link may name a card to open ({@code ?card=12}, e.g. from a notification). */
    @Override
    protected void readRoute(com.vaadin.flow.router.BeforeEnterEvent event) {
        // Read when the page opens, not on every co-planner's change: that was one query per open board per change.
        administrator = administrators.isAdministrator();
        requestedCard = event.getLocation().getQueryParameters().getSingleParameter("card")
                .filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
    }

    // --- live ------------------------------------------------------------------------------------------------

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        AppUser me = currentUser.require();
        for (LiveUpdate u : updates) {
            if (u.is(PlanningLive.MENTION) && u.ids().size() > 1
                    && u.ids().subList(1, u.ids().size()).contains(me.id())) {
                CardSummary card = cardOf(u.ids().get(0));
                String title = card == null ? "" : card.title();
                Notification n = Notification.show(getTranslation("planning.mentioned", title), 5000,
                        Notification.Position.BOTTOM_END);
                n.setId("mention-notification");
            }
        }
        if (LiveUpdate.any(updates, PlanningLive.BOARD, WorkspaceLive.MEMBERS)) {
            // The board only: the header's heading has its own kind (EXPERIMENT), which the page base re-reads
            // itself; re-reading it here too was one more authorised service call per open board per change.
            load(experimentId);
            if (openDialog != null && openDialog.isOpened()) {
                Set<Long> touched = updates.stream().filter(u -> u.is(PlanningLive.BOARD))
                        .flatMap(u -> u.ids().stream()).collect(Collectors.toSet());
                if (touched.isEmpty() || touched.contains(openDialog.cardId)) {
                    openDialog.refresh();
                }
            }
        }
        if (LiveUpdate.any(updates, WorkspaceLive.PRESENCE)) {
            renderViewers();
        }
    }

    // --- rendering in place ----------------------------------------------------------------------------------

    BoardFilter filter() {
        return filters.filter();
    }

    void render() {
        if (board == null) {
            return;
        }
        filters.showChoices(board);
        boolean manage = board.canManage();
        if (!Boolean.valueOf(manage).equals(shownManage) || shownAdministrator != administrator) {
            addColumn.setVisible(manage);
            addPreparation.setVisible(manage);
            editTemplates.setVisible(administrator);
            shownManage = manage;
            shownAdministrator = administrator;
        }
        BoardFilter filter = filter();
        LocalDate today = LocalDate.now(clock);
        java.util.Locale locale = getLocale();
        // The cards the viewer's filter hides: only a filtered board has any (and the work of finding them).
        Set<Long> hidden = new HashSet<>();
        int cardCount = 0;
        List<Component> orderedColumns = new ArrayList<>(board.columns().size());
        for (ColumnView col : board.columns()) {
            if (!filter.isEmpty()) {
                col.cards().stream().filter(c -> !filter.matches(c, today, board.myUserId()))
                        .forEach(c -> hidden.add(c.id()));
            }
            cardCount += col.cards().size();
            ColumnBox box = columnBoxes.computeIfAbsent(col.id(), k -> new ColumnBox(this, k));
            box.update(col, manage, locale);
            orderedColumns.add(box);
        }
        if (columnBoxes.size() > board.columns().size()) {
            // A column was removed.
            columnBoxes.keySet().retainAll(board.columns().stream().map(ColumnView::id).toList());
        }
        // Compared with the columns as last set: asking the board's element for its children built them all anew
        // on every open board for every change.
        if (!orderedColumns.equals(shownColumns)) {
            kanban.removeAll();
            orderedColumns.forEach(kanban::add);
            shownColumns = List.copyOf(orderedColumns);
            // Columns set anew (added, removed, reordered; rare): the browser gets every card again rather than
            // relying on how it keeps the columns' elements.
            cards.reset();
        }
        // After the columns: a new column's card area is there when the browser places the cards.
        cards.show(board, locale, today, hidden);
        filters.showCount(filter, cardCount - hidden.size());
        showViewers();
    }

    private @org.jspecify.annotations.Nullable Map<Long, List<String>> viewersShown;

    /** Marks each card with the co-planners who have it open right now, reading presence again. */
    void renderViewers() {
        viewers = null;
        showViewers();
    }

    /**
     * Marks each card with who has it open, as presence was last read: a board change does not change presence (a
     * presence change comes as its own live kind and reads it again), and reading it orders every seat of the
     * experiment, which with many open boards was a large part of each board's share of one change (issue #21).
     */
    private void showViewers() {
        if (viewers == null) {
            viewers = readViewers();
        }
        Map<Long, List<String>> shownNow = viewers;
        if (shownNow == viewersShown) {
            // Nobody opened or closed a card: every mark is as it was (the browser marks new cards itself).
            return;
        }
        viewersShown = shownNow;
        Map<Long, String> marks = new HashMap<>();
        shownNow.forEach((card, names) -> marks.put(card, getTranslation("planning.viewing", String.join(", ",
                names))));
        cards.viewers(marks);
    }

    /** The card as last read, or null when the board has none of that id. */
    @org.jspecify.annotations.Nullable
    CardSummary cardOf(long id) {
        if (board == null) {
            return null;
        }
        for (ColumnView c : board.columns()) {
            for (CardSummary card : c.cards()) {
                if (card.id() == id) {
                    return card;
                }
            }
        }
        return null;
    }

    private Map<Long, List<String>> readViewers() {
        long me = currentUser.require().id();
        Map<Long, List<String>> viewers = new HashMap<>();
        // Every open page counts, not each person's first: a co-planner with the board in one tab and this card open
        // in another has the card open.
        presence.byPlace(experimentId).forEach((place, people) -> {
            if (place.startsWith("card:")) {
                try {
                    long cardId = Long.parseLong(place.substring(5));
                    for (PresenceRegistry.PresentUser u : people) {
                        if (u.userId() != me) {
                            viewers.computeIfAbsent(cardId, k -> new ArrayList<>()).add(u.displayName());
                        }
                    }
                } catch (NumberFormatException ignored) {
                    // not a card place
                }
            }
        });
        return viewers;
    }

    /** Where a card dropped on {@code before} goes: that card's place, counted without the dragged card. */
    private int dropIndex(long dragged, long column, long before) {
        List<CardSummary> cards = board.columns().stream().filter(c -> c.id() == column).findFirst()
                .map(ColumnView::cards).orElse(List.of());
        int index = 0;
        boolean draggedAbove = false;
        while (index < cards.size() && cards.get(index).id() != before) {
            draggedAbove |= cards.get(index).id() == dragged;
            index++;
        }
        return index >= cards.size() ? Integer.MAX_VALUE : draggedAbove ? index - 1 : index;
    }

    // --- BoardHost -------------------------------------------------------------------------------------------

    @Override
    public void move(long cardId, Direction direction) {
        change(() -> services.cards().move(experimentId, cardId, direction));
        cards.focus(cardId);
    }

    @Override
    public void openCard(long cardId) {
        if (openDialog != null && openDialog.isOpened()) {
            openDialog.close();
        }
        openDialog = Actions.on(this).afterRefusal(this::reload).call(() -> new CardDialog(this, cardId))
                .orElse(null);
        if (openDialog == null) {
            return;
        }
        openDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                presenceAt("board");
                openDialog = null;
            }
        });
        openDialog.open();
        presenceAt("card:" + cardId);
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
    public BoardServices services() {
        return services;
    }

    /**
     * Adds the §4 preparation checklist's cards, saying where; asked first when the board already has cards of it (a
     * second click, or a co-planner's, silently made every card twice, and the stage guide then counted both).
     */
    void addPreparation() {
        Set<String> titles = services.templates().templates(experimentId).stream()
                .filter(t -> PREPARATION.equals(t.code())).flatMap(t -> t.items().stream())
                .map(TemplateView.Item::title).collect(Collectors.toSet());
        long already = board == null ? 0 : board.columns().stream().flatMap(c -> c.cards().stream())
                .filter(c -> titles.contains(c.title())).count();
        if (already == 0) {
            // The service refuses if a co-planner's cards arrived since this board was drawn.
            addPreparationCards(false);
        } else {
            DestructiveQuestion.ask(this, "planning.addPreparationQuestion", "add-preparation-keep",
                    () -> addPreparationCards(true), already);
        }
    }

    private void addPreparationCards(boolean again) {
        List<Long> added = new ArrayList<>();
        if (change(() -> added.addAll(services.templates().addTemplate(experimentId, PREPARATION, again)))) {
            String first = board == null || board.columns().isEmpty() ? getTranslation("planning.defaultColumn.0")
                    : ColumnNames.shown(this, board.columns().get(0).name());
            Messages.showSuccess(getTranslation("planning.addPreparation.done", added.size(), first));
        }
    }

    @Override
    public boolean change(Runnable change) {
        return run(change);
    }

    @Override
    public void refreshBoard() {
        reload();
    }
}
