package kr.silheomjang.schedule.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.DDay;
import kr.silheomjang.schedule.CalendarData;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.CalendarFeedService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Languages;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.TabRows;

/**
 * The experiment's calendar: month, week and agenda, built from plain components. Events move by drag and drop, or
 * from their menu / dialog with the keyboard. Every change of the experiment (events, the event day, planning cards)
 * re-reads the visible range through the service, so co-planners see moves live.
 */
@Route("experiments/:experimentId/schedule")
@PermitAll
@StyleSheet("css/schedule.css")
public class ScheduleView extends ExperimentPage implements CalendarActions {

    enum Mode { MONTH, WEEK, AGENDA }

    static final int AGENDA_DAYS = 90;
    /** A click on a day or slot creates an event, unless it was a click on an event chip inside it. */

    private final ScheduleService schedule;
    private final BackwardPlanningService planning;
    private final CalendarFeedService feeds;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;

    CalendarData data;
    /** The event dialog open now (an existing event), refreshed live. */
    @Nullable EventDialog openDialog;
    /** The backward-plan dialog open now, refreshed live (its dates follow the event day, its marks the events). */
    @Nullable TemplateDialog templateDialog;
    private @Nullable Long requestedEvent;
    Mode mode = Mode.MONTH;
    LocalDate cursor;
    /** The experiment's event day, read with the agenda (which reaches at least to it). */
    @Nullable LocalDate eventDay;

    final Span periodLabel = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final Tabs modeTabs = new Tabs();
    final Tab monthTab = new Tab();
    final Tab weekTab = new Tab();
    final Tab agendaTab = new Tab();
    final Button add = new Button();
    final Button templateButton = new Button();
    final Button feedButton = new Button();
    final Checkbox guestsMayAdd = new Checkbox();
    final Div shiftBanner = new Div();
    final Span readOnlyNote = new Span();
    final Div body = new Div();

    public ScheduleView(ExperimentPageSupport support, ScheduleService schedule, BackwardPlanningService planning,
            CalendarFeedService feeds, List<DueDateSource> dueDates, Clock clock, PublicBaseUrl baseUrl) {
        super(support, "schedule.nav", "schedule", liveKinds(dueDates));
        this.schedule = schedule;
        this.planning = planning;
        this.feeds = feeds;
        this.clock = clock;
        this.baseUrl = baseUrl;
        addClassName("schedule-view");
        setId("schedule-view");

        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setAriaLabel(getTranslation("schedule.previous"));
        previous.setTooltipText(getTranslation("schedule.previous"));
        previous.setId("schedule-previous");
        previous.addClickListener(e -> step(-1));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setAriaLabel(getTranslation("schedule.next"));
        next.setTooltipText(getTranslation("schedule.next"));
        next.setId("schedule-next");
        next.addClickListener(e -> step(1));
        today.setText(getTranslation("schedule.today"));
        today.setId("schedule-today");
        today.addClickListener(e -> {
            cursor = LocalDate.now(clock);
            reload();
        });
        periodLabel.setId("schedule-period");
        periodLabel.addClassName("schedule-period");

        monthTab.setLabel(getTranslation("schedule.mode.month"));
        monthTab.setId("mode-month");
        weekTab.setLabel(getTranslation("schedule.mode.week"));
        weekTab.setId("mode-week");
        agendaTab.setLabel(getTranslation("schedule.mode.agenda"));
        agendaTab.setId("mode-agenda");
        modeTabs.add(monthTab, weekTab, agendaTab);
        TabRows.plain(modeTabs);
        modeTabs.getElement().setAttribute("aria-label", getTranslation("schedule.mode.label"));
        modeTabs.addSelectedChangeListener(e -> {
            mode = e.getSelectedTab() == weekTab ? Mode.WEEK : e.getSelectedTab() == agendaTab ? Mode.AGENDA
                    : Mode.MONTH;
            if (data != null) {
                reload();
            }
        });

        add.setText(getTranslation("schedule.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("schedule-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openNew(cursor.equals(LocalDate.now(clock)) || mode == Mode.AGENDA
                ? LocalDate.now(clock) : cursor, null));
        templateButton.setText(getTranslation("schedule.template.open"));
        templateButton.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        templateButton.setId("schedule-template");
        templateButton.addClickListener(e -> openTemplate());
        feedButton.setText(getTranslation("schedule.feed.open"));
        feedButton.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        feedButton.setId("schedule-feed");
        feedButton.addClickListener(e -> new FeedDialog(feeds, experimentId(), baseUrl).open());
        guestsMayAdd.setLabel(getTranslation("schedule.guestsMayAdd"));
        guestsMayAdd.setId("schedule-guests-may-add");
        guestsMayAdd.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                guarded(() -> schedule.setGuestsMayAdd(experimentId(), data.settingsVersion(), e.getValue()));
            }
        });

        HorizontalLayout nav = new HorizontalLayout(previous, today, next, periodLabel);
        nav.setAlignItems(FlexComponent.Alignment.CENTER);
        nav.addClassName("schedule-nav");
        HorizontalLayout actions = new HorizontalLayout(add, templateButton, feedButton);
        actions.setWrap(true);
        HorizontalLayout toolbar = new HorizontalLayout(nav, modeTabs, actions);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("schedule-toolbar");
        toolbar.setWidthFull();

        shiftBanner.setId("shift-banner");
        shiftBanner.addClassName("schedule-shift-banner");
        shiftBanner.setVisible(false);
        readOnlyNote.setText(getTranslation("schedule.readOnly"));
        readOnlyNote.addClassName("help-text");
        readOnlyNote.setId("schedule-read-only");
        body.setId("calendar");
        body.addClassName("schedule-body");
        body.setWidthFull();

        add(toolbar, guestsMayAdd, readOnlyNote, shiftBanner, body);
    }

    /** Events, the event day, members and every other feature's due dates change what the calendar shows. */
    private static LiveKind[] liveKinds(List<DueDateSource> dueDates) {
        java.util.Set<LiveKind> kinds = new java.util.LinkedHashSet<>(List.of(ScheduleLive.EVENTS,
                WorkspaceLive.EXPERIMENT, WorkspaceLive.MEMBERS));
        dueDates.forEach(source -> kinds.addAll(source.liveKinds()));
        return kinds.toArray(LiveKind[]::new);
    }

    private void openTemplate() {
        TemplateDialog dialog = new TemplateDialog(planning, experimentId(), data.eventDate(), data.myRole(),
                this::reload);
        templateDialog = dialog;
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && templateDialog == dialog) {
                templateDialog = null;
            }
        });
        dialog.open();
    }

    /** Reads the shown range again (e.g. after a dialog saved); a refusal makes the page leave. */
    void refresh() {
        reload();
    }

    @Override
    protected void load(long experimentId) {
        cursor = cursor == null ? LocalDate.now(clock) : cursor;
        if (requestedEvent != null) {
            // A link to one event: the calendar shows that event's month (or week) behind its dialog, not today's.
            try {
                cursor = schedule.get(experimentId, requestedEvent).startDate();
            } catch (kr.silheomjang.shared.UserFacingException
                    | org.springframework.security.access.AccessDeniedException notTheirs) {
                // Not an event this user may open: the dialog's opening below says so, over today's month.
            }
        }
        if (mode == Mode.AGENDA) {
            eventDay = schedule.eventDate(experimentId);
        }
        data = schedule.calendar(experimentId, rangeStart(), rangeEnd());
        render();
        if (requestedEvent != null) {
            long event = requestedEvent;
            requestedEvent = null;
            // Opened once the page itself is on screen (this may run while the route is still being entered).
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            ui.beforeClientResponse(ui, context -> openExisting(event));
        }
    }

    /** A link may name an event to open ({@code ?event=12}, e.g. from a notification). */
    @Override
    protected void readRoute(com.vaadin.flow.router.BeforeEnterEvent event) {
        requestedEvent = event.getLocation().getQueryParameters().getSingleParameter("event")
                .filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).orElse(null);
    }


    private void step(int direction) {
        cursor = switch (mode) {
            case MONTH -> cursor.withDayOfMonth(1).plusMonths(direction);
            case WEEK -> cursor.plusWeeks(direction);
            case AGENDA -> cursor.plusDays((long) direction * AGENDA_DAYS);
        };
        reload();
    }

    // --- range ---------------------------------------------------------------------------------------------

    LocalDate rangeStart() {
        return switch (mode) {
            case MONTH -> sunday(cursor.withDayOfMonth(1));
            case WEEK -> sunday(cursor);
            case AGENDA -> cursor;
        };
    }

    LocalDate rangeEnd() {
        return switch (mode) {
            case MONTH -> rangeStart().plusDays(41);
            case WEEK -> rangeStart().plusDays(6);
            case AGENDA -> agendaEnd();
        };
    }

    /** At least 90 days, and always up to the event day (a D-108 event day is in the agenda, not behind it). */
    private LocalDate agendaEnd() {
        LocalDate end = cursor.plusDays(AGENDA_DAYS - 1);
        return eventDay != null && eventDay.isAfter(end) ? eventDay : end;
    }

    private static LocalDate sunday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    // --- rendering -----------------------------------------------------------------------------------------

    private void render() {
        CalendarData d = data;
        LocalDate now = LocalDate.now(clock);
        boolean owner = d.myRole() == MemberRole.OWNER;
        add.setVisible(d.canAdd());
        guestsMayAdd.setVisible(owner);
        guestsMayAdd.setValue(d.guestsMayAdd());
        readOnlyNote.setVisible(!d.myRole().canEdit());
        // A guest allowed to add events is not "read only"; and every card's due date shows to them too (QA).
        readOnlyNote.setText(getTranslation(d.canAdd() ? "schedule.guestSees" : "schedule.readOnly"));
        templateButton.setVisible(d.myRole().canEdit());
        periodLabel.setText(switch (mode) {
            // {2}, the month's name, is for languages that write it out ("December 2026", not "12/2026").
            case MONTH -> getTranslation("schedule.monthLabel", String.valueOf(cursor.getYear()),
                    String.valueOf(cursor.getMonthValue()), cursor.getMonth().getDisplayName(
                            java.time.format.TextStyle.FULL_STANDALONE, Languages.supportedOrDefault(getLocale())));
            case WEEK -> getTranslation("schedule.weekLabel", Formats.date(rangeStart(), getLocale()),
                    Formats.date(rangeEnd(), getLocale()));
            case AGENDA -> getTranslation("schedule.agendaLabel", Formats.date(cursor, getLocale()),
                    Formats.date(rangeEnd(), getLocale()));
        });
        renderShiftBanner();
        body.removeAll();
        body.getElement().setAttribute("data-mode", mode.name());
        CalendarCells cells = new CalendarCells(d, this, this, now);
        switch (mode) {
            case MONTH -> CalendarModes.month(cells, rangeStart(), cursor.getMonthValue()).forEach(body::add);
            case WEEK -> body.add(CalendarModes.week(cells, rangeStart()));
            case AGENDA -> body.add(CalendarModes.agenda(cells, rangeStart(), rangeEnd()));
        }
    }

    private void renderShiftBanner() {
        var shift = data.pendingShift();
        shiftBanner.removeAll();
        shiftBanner.setVisible(shift != null);
        if (shift == null) {
            return;
        }
        Span text = new Span(ShiftDialog.banner(this, getLocale(), shift));
        Button review = new Button(getTranslation("schedule.shift.review"),
                e -> new ShiftDialog(planning, experimentId(), shift, this::reload).open());
        review.setId("shift-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        shiftBanner.add(text, review);
    }

    // --- actions -------------------------------------------------------------------------------------------

    @Override
    public void moveEvent(EventView e, LocalDate newStart) {
        if (newStart.equals(e.startDate())) {
            return;
        }
        guarded(() -> schedule.move(experimentId(), e.id(), e.version(), newStart));
    }

    @Override
    public void moveEvent(EventView e, LocalDate newStart, LocalTime slot) {
        if (newStart.equals(e.startDate()) && slot.getHour() == e.startTime().getHour()) {
            return;
        }
        guarded(() -> schedule.moveTo(experimentId(), e.id(), e.version(), newStart, slot));
    }

    @Override
    public void moveDue(DueDateSource.DueItem item, LocalDate newDue) {
        if (newDue.equals(item.due())) {
            return;
        }
        guarded(() -> schedule.moveDue(experimentId(), item, newDue));
    }

    @Override
    public void openNew(LocalDate day, @Nullable LocalTime time) {
        if (data == null || !data.canAdd()) {
            return;
        }
        new EventDialog(schedule, experimentId(), data.members(), null, day, time, data.eventDate(), this::reload,
                null).open();
    }

    @Override
    public void openExisting(long eventId) {
        Actions.on(this).afterRefusal(this::reload).call(() -> schedule.get(experimentId(), eventId))
                .ifPresent(e -> {
                    openDialog = new EventDialog(schedule, experimentId(), data.members(), e, null, null,
                            data.eventDate(), this::reload, formPresence("event:" + eventId));
                    openDialog.open();
                });
    }

    /**
     * The calendar re-reads (one shared read per change on this node) and sends only what changed: nothing when this
     * viewer sees no difference; in the month view only the days whose events or due items changed get new chips
     * (the rest of the page, focus and scroll stay). An open event dialog follows through its live form (never over
     * what is typed).
     */
    @Override
    protected void onLive(java.util.Set<kr.silheomjang.collab.LiveUpdate> updates) {
        CalendarData fresh = schedule.calendar(experimentId(), rangeStart(), rangeEnd());
        if (!fresh.equals(data)) {
            if (mode == Mode.MONTH && sameFrame(data, fresh)) {
                redrawChangedDays(data, fresh);
            } else {
                data = fresh;
                render();
            }
        }
        if (openDialog != null) {
            openDialog.refresh();
        }
        if (templateDialog != null && templateDialog.isOpened()) {
            templateDialog.refresh(data.eventDate());
        }
    }

    /** Everything but the events and due items is the same: the day cells themselves stay valid. */
    private static boolean sameFrame(CalendarData a, CalendarData b) {
        return a.myRole() == b.myRole() && a.canAdd() == b.canAdd() && a.guestsMayAdd() == b.guestsMayAdd()
                && a.settingsVersion() == b.settingsVersion() && java.util.Objects.equals(a.eventDate(), b.eventDate())
                && a.members().equals(b.members()) && java.util.Objects.equals(a.pendingShift(), b.pendingShift());
    }

    private void redrawChangedDays(CalendarData before, CalendarData after) {
        data = after;
        CalendarCells cells = new CalendarCells(after, this, this, LocalDate.now(clock));
        body.getChildren().filter(c -> c.getElement().getClassList().contains("schedule-month")).findFirst()
                .ifPresent(grid -> grid.getChildren().filter(Div.class::isInstance).map(Div.class::cast).forEach(cell -> {
                    LocalDate day = LocalDate.parse(cell.getElement().getAttribute("data-date"));
                    if (!onDay(before, day).equals(onDay(after, day))) {
                        // Keep the day's head (number, D-day, today); replace its chips.
                        cell.getChildren().skip(1).toList().forEach(cell::remove);
                        cells.chipsFor(day, null, false).forEach(cell::add);
                    }
                }));
    }

    /** What a month cell shows for a day: its events and due items. */
    private static List<Object> onDay(CalendarData d, LocalDate day) {
        List<Object> shown = new ArrayList<>(d.events().stream().filter(e -> e.covers(day)).toList());
        d.dueItems().stream().filter(i -> i.due().equals(day)).forEach(shown::add);
        return shown;
    }

    /** Runs a move; a refusal or a conflict is explained, and either way the latest state is shown. */
    private void guarded(Runnable change) {
        Actions.on(this).conflictMessage("schedule.conflict.moved").run(change);
        reload();
    }
}
