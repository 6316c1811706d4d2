package kr.silheomjang.schedule.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.experiment.DDay;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.CalendarData;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.ui.ExperimentSections;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.ExperimentWatch;
import kr.silheomjang.ui.Messages;

/**
 * The experiment's calendar: month, week and agenda, built from plain components. Events move by drag and drop, or
 * from their menu / dialog with the keyboard. Every change of the experiment (events, the event day, planning cards)
 * re-reads the visible range through the service, so co-planners see moves live.
 */
@Route("experiments/:experimentId/schedule")
@PermitAll
@StyleSheet("css/schedule.css")
public class ScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode { MONTH, WEEK, AGENDA }

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 22;
    static final int AGENDA_DAYS = 90;
    /** A click on a day or slot creates an event, unless it was a click on an event chip inside it. */
    private static final String NOT_ON_A_CHIP = "!event.target.closest('.schedule-chip')";

    private final ScheduleService schedule;
    private final LiveUpdateBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ExperimentSections sections;
    private final String baseUrl;

    long experimentId;
    CalendarData data;
    Mode mode = Mode.MONTH;
    LocalDate cursor;
    private final ExperimentWatch watch;

    final H2 title = new H2();
    final Span dday = new Span();
    final Div tabsSlot = new Div();
    final HorizontalLayout presenceSlot = new HorizontalLayout();
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

    public ScheduleView(ScheduleService schedule, LiveUpdateBus bus, PresenceRegistry presence,
            CurrentUser currentUser, Clock clock, ExperimentSections sections,
            @Value("${silheomjang.base-url}") String baseUrl) {
        this.watch = new ExperimentWatch(this, presenceSlot, bus, presence, currentUser);
        this.schedule = schedule;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sections = sections;
        this.baseUrl = baseUrl;
        addClassName("schedule-view");
        setId("schedule-view");

        title.addClassName("experiment-title");
        title.setId("schedule-title");
        dday.addClassName("dday-badge");
        dday.setId("schedule-dday");
        HorizontalLayout titleRow = new HorizontalLayout(title, dday, presenceSlot);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleRow.setWrap(true);
        presenceSlot.setPadding(false);

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
        templateButton.addClickListener(e -> new TemplateDialog(schedule, experimentId, data.myRole(),
                this::reload).open());
        feedButton.setText(getTranslation("schedule.feed.open"));
        feedButton.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        feedButton.setId("schedule-feed");
        feedButton.addClickListener(e -> new FeedDialog(schedule, experimentId, baseUrl).open());
        guestsMayAdd.setLabel(getTranslation("schedule.guestsMayAdd"));
        guestsMayAdd.setId("schedule-guests-may-add");
        guestsMayAdd.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                guarded(() -> schedule.setGuestsMayAdd(experimentId, data.settingsVersion(), e.getValue()));
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
        tabsSlot.setWidthFull();

        add(titleRow, tabsSlot, toolbar, guestsMayAdd, readOnlyNote, shiftBanner, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong found = ExperimentWatch.experimentId(event);
        if (found.isEmpty()) {
            ExperimentWatch.refuse(event);
            return;
        }
        long id = found.getAsLong();
        cursor = cursor == null ? LocalDate.now(clock) : cursor;
        experimentId = id;
        try {
            data = load();
        } catch (AccessDeniedException e) {
            ExperimentWatch.refuse(event);
            return;
        }
        // Events, the event day, planning cards, members: anything but presence may change what the calendar shows.
        watch.start(id, "schedule", false, updates -> reload());
        tabsSlot.removeAll();
        tabsSlot.add(sections.tabs(id, ScheduleView.class));
        render();
    }

    void reload() {
        watch.reread(() -> {
            data = load();
            render();
        });
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
            case AGENDA -> cursor.plusDays(AGENDA_DAYS - 1);
        };
    }

    private static LocalDate sunday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    private CalendarData load() {
        return schedule.calendar(experimentId, rangeStart(), rangeEnd());
    }

    // --- rendering -----------------------------------------------------------------------------------------

    private void render() {
        CalendarData d = data;
        LocalDate now = LocalDate.now(clock);
        title.setText(d.experimentTitle());
        dday.setText(DDay.label(d.eventDate(), now));
        boolean owner = d.myRole() == MemberRole.OWNER;
        add.setVisible(d.canAdd());
        guestsMayAdd.setVisible(owner);
        guestsMayAdd.setValue(d.guestsMayAdd());
        readOnlyNote.setVisible(!d.myRole().canEdit());
        templateButton.setVisible(d.myRole().canEdit());
        periodLabel.setText(switch (mode) {
            case MONTH -> getTranslation("schedule.monthLabel", String.valueOf(cursor.getYear()),
                    String.valueOf(cursor.getMonthValue()));
            case WEEK -> getTranslation("schedule.weekLabel", Formats.date(rangeStart(), getLocale()),
                    Formats.date(rangeEnd(), getLocale()));
            case AGENDA -> getTranslation("schedule.agendaLabel", Formats.date(cursor, getLocale()));
        });
        renderShiftBanner();
        body.removeAll();
        body.getElement().setAttribute("data-mode", mode.name());
        switch (mode) {
            case MONTH -> renderMonth(now);
            case WEEK -> renderWeek(now);
            case AGENDA -> renderAgenda(now);
        }
    }

    private void renderShiftBanner() {
        var shift = data.pendingShift();
        shiftBanner.removeAll();
        shiftBanner.setVisible(shift != null);
        if (shift == null) {
            return;
        }
        Span text = new Span(getTranslation("schedule.shift.banner", Formats.date(shift.from(), getLocale()),
                Formats.date(shift.to(), getLocale()), shift.changes().size()));
        Button review = new Button(getTranslation("schedule.shift.review"),
                e -> new ShiftDialog(schedule, experimentId, shift, this::reload).open());
        review.setId("shift-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        shiftBanner.add(text, review);
    }

    private Div weekdayHeader() {
        Div header = new Div();
        header.addClassName("schedule-weekdays");
        for (int i = 0; i < 7; i++) {
            Span s = new Span(getTranslation("schedule.weekday." + i));
            s.addClassName("schedule-weekday");
            if (i == 0) {
                s.addClassName("sunday");
            }
            header.add(s);
        }
        return header;
    }

    private void renderMonth(LocalDate now) {
        body.add(weekdayHeader());
        Div grid = new Div();
        grid.addClassName("schedule-month");
        LocalDate start = rangeStart();
        for (int i = 0; i < 42; i++) {
            LocalDate day = start.plusDays(i);
            Div cell = dayCell(day, now, day.getMonthValue() != cursor.getMonthValue());
            List<Component> chips = chipsFor(day, null, false);
            chips.forEach(cell::add);
            grid.add(cell);
        }
        body.add(grid);
    }

    private Div dayCell(LocalDate day, LocalDate now, boolean outside) {
        Div cell = new Div();
        cell.addClassName("schedule-day");
        cell.getElement().setAttribute("data-date", day.toString());
        if (outside) {
            cell.addClassName("outside");
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            cell.addClassName("sunday");
        }
        Div head = new Div();
        head.addClassName("schedule-day-head");
        Span number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("schedule-day-number");
        head.add(number);
        if (day.equals(now)) {
            cell.addClassName("today");
            Span marker = new Span(getTranslation("schedule.todayMarker"));
            marker.addClassName("today-marker");
            head.add(marker);
            cell.getElement().setAttribute("aria-current", "date");
        }
        Span countdown = new Span(DDay.label(data.eventDate(), day));
        countdown.addClassName("schedule-countdown");
        if (day.equals(data.eventDate())) {
            cell.addClassName("dday");
            countdown.setText(getTranslation("schedule.dday"));
        }
        head.add(countdown);
        cell.add(head);
        makeDropTarget(cell, day, null);
        if (data.canAdd()) {
            cell.getElement().addEventListener("click", e -> openNew(day, null))
                    .setFilter(NOT_ON_A_CHIP);
        }
        return cell;
    }

    private void renderWeek(LocalDate now) {
        LocalDate start = rangeStart();
        Div grid = new Div();
        grid.addClassName("schedule-week");
        grid.add(new Span());
        for (int i = 0; i < 7; i++) {
            LocalDate day = start.plusDays(i);
            Div head = dayCell(day, now, false);
            head.addClassName("schedule-week-head");
            Span weekday = new Span(getTranslation("schedule.weekday." + i));
            weekday.addClassName("schedule-weekday");
            head.getChildren().findFirst().ifPresent(h -> ((Div) h).addComponentAsFirst(weekday));
            chipsFor(day, null, true).forEach(head::add);
            grid.add(head);
        }
        for (int hour = FIRST_HOUR; hour <= LAST_HOUR; hour++) {
            Span label = new Span(String.format("%02d:00", hour));
            label.addClassName("schedule-hour");
            grid.add(label);
            for (int i = 0; i < 7; i++) {
                LocalDate day = start.plusDays(i);
                LocalTime slotTime = LocalTime.of(hour, 0);
                Div slot = new Div();
                slot.addClassName("schedule-slot");
                slot.getElement().setAttribute("data-date", day.toString());
                slot.getElement().setAttribute("data-hour", String.valueOf(hour));
                if (day.equals(now)) {
                    slot.addClassName("today");
                }
                if (day.equals(data.eventDate())) {
                    slot.addClassName("dday");
                }
                chipsFor(day, slotTime, false).forEach(slot::add);
                makeDropTarget(slot, day, slotTime);
                if (data.canAdd()) {
                    slot.getElement().addEventListener("click", e -> openNew(day, slotTime))
                            .setFilter(NOT_ON_A_CHIP);
                }
                grid.add(slot);
            }
        }
        body.add(grid);
    }

    private void renderAgenda(LocalDate now) {
        Div list = new Div();
        list.addClassName("schedule-agenda");
        boolean any = false;
        for (LocalDate day = rangeStart(); !day.isAfter(rangeEnd()); day = day.plusDays(1)) {
            List<Component> chips = chipsFor(day, null, false);
            if (chips.isEmpty() && !day.equals(data.eventDate()) && !day.equals(now)) {
                continue;
            }
            any |= !chips.isEmpty();
            Div row = new Div();
            row.addClassName("schedule-agenda-day");
            row.getElement().setAttribute("data-date", day.toString());
            if (day.equals(now)) {
                row.addClassName("today");
            }
            if (day.equals(data.eventDate())) {
                row.addClassName("dday");
            }
            Span date = new Span(Formats.date(day, getLocale()));
            date.addClassName("schedule-agenda-date");
            Span countdown = new Span(day.equals(data.eventDate()) ? getTranslation("schedule.dday")
                    : DDay.label(data.eventDate(), day));
            countdown.addClassName("schedule-countdown");
            Div head = new Div(date, countdown);
            head.addClassName("schedule-agenda-head");
            if (day.equals(now)) {
                Span marker = new Span(getTranslation("schedule.todayMarker"));
                marker.addClassName("today-marker");
                head.add(marker);
            }
            Div items = new Div();
            items.addClassName("schedule-agenda-items");
            chips.forEach(items::add);
            row.add(head, items);
            list.add(row);
        }
        if (!any) {
            Div empty = new Div(new Span(getTranslation("schedule.agenda.empty")));
            empty.addClassName("schedule-empty");
            empty.setId("agenda-empty");
            list.add(empty);
        }
        body.add(list);
    }

    /**
     * The chips of one day: in the month and agenda ({@code hour} null, {@code allDayOnly} false) everything starting
     * that day or spanning it; in the week's all-day row only all-day events and due items; in an hour slot the timed
     * events starting that hour (earlier/later ones go to the first/last slot).
     */
    private List<Component> chipsFor(LocalDate day, LocalTime hour, boolean allDayOnly) {
        List<Component> chips = new ArrayList<>();
        List<EventView> events = data.events().stream().filter(e -> e.covers(day))
                .sorted(Comparator.comparing((EventView e) -> !e.allDay())
                        .thenComparing(e -> e.startTime() == null ? LocalTime.MIN : e.startTime()))
                .toList();
        for (EventView e : events) {
            if (hour != null) {
                if (e.allDay() || !e.startDate().equals(day) || slotHour(e.startTime()) != hour.getHour()) {
                    continue;
                }
            } else if (allDayOnly && !e.allDay() && e.startDate().equals(day)) {
                continue;
            }
            chips.add(eventChip(e, day));
        }
        if (hour == null) {
            for (DueDateSource.DueItem item : data.dueItems()) {
                if (item.due().equals(day)) {
                    chips.add(dueChip(item));
                }
            }
        }
        return chips;
    }

    private static int slotHour(LocalTime t) {
        return Math.max(FIRST_HOUR, Math.min(LAST_HOUR, t.getHour()));
    }

    Div eventChip(EventView e, LocalDate day) {
        Div chip = new Div();
        chip.addClassNames("schedule-chip", "type-" + e.type().name());
        chip.getElement().setAttribute("data-event-id", String.valueOf(e.id()));
        chip.getElement().setAttribute("data-title", e.title());
        chip.getElement().setAttribute("tabindex", "0");
        chip.getElement().setAttribute("role", "button");
        if (!e.startDate().equals(day)) {
            chip.addClassName("continued");
        }
        String time = e.allDay() ? "" : e.startTime().toString() + " ";
        Span text = new Span(time + e.title());
        text.addClassName("schedule-chip-text");
        chip.add(text);
        if (e.offsetDays() != null) {
            Span rel = new Span(DDay.label(data.eventDate(), e.startDate()));
            rel.addClassName("schedule-chip-offset");
            chip.add(rel);
        }
        chip.getElement().setAttribute("aria-label", getTranslation("schedule.chip.aria", e.title(),
                getTranslation(e.type().messageKey())));
        chip.getElement().setAttribute("title", getTranslation(e.type().messageKey()) + " · " + e.title());
        chip.addClickListener(c -> openExisting(e.id()));
        chip.getElement().addEventListener("keydown", k -> openExisting(e.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        if (e.editable()) {
            DragSource<Div> drag = DragSource.create(chip);
            drag.setDragData(e);
            drag.setEffectAllowed(com.vaadin.flow.component.dnd.EffectAllowed.MOVE);
            ContextMenu menu = new ContextMenu(chip);
            menu.addItem(getTranslation("schedule.move.earlierDay"), m -> moveEvent(e, e.startDate().minusDays(1)));
            menu.addItem(getTranslation("schedule.move.laterDay"), m -> moveEvent(e, e.startDate().plusDays(1)));
            menu.addItem(getTranslation("schedule.move.earlierWeek"), m -> moveEvent(e, e.startDate().minusWeeks(1)));
            menu.addItem(getTranslation("schedule.move.laterWeek"), m -> moveEvent(e, e.startDate().plusWeeks(1)));
            menu.addItem(getTranslation("schedule.move.open"), m -> openExisting(e.id()));
        }
        return chip;
    }

    private Div dueChip(DueDateSource.DueItem item) {
        Div chip = new Div();
        chip.addClassNames("schedule-chip", "schedule-due");
        chip.getElement().setAttribute("data-due-kind", item.kind());
        chip.getElement().setAttribute("data-due-id", String.valueOf(item.id()));
        chip.getElement().setAttribute("tabindex", "0");
        chip.add(VaadinIcon.PIN.create(), new Span(item.title()));
        chip.getElement().setAttribute("title", getTranslation("schedule.dueItem", item.title()));
        if (data.myRole().canEdit()) {
            DragSource<Div> drag = DragSource.create(chip);
            drag.setDragData(item);
            ContextMenu menu = new ContextMenu(chip);
            menu.addItem(getTranslation("schedule.move.earlierDay"), m -> moveDue(item, item.due().minusDays(1)));
            menu.addItem(getTranslation("schedule.move.laterDay"), m -> moveDue(item, item.due().plusDays(1)));
            menu.addItem(getTranslation("schedule.move.laterWeek"), m -> moveDue(item, item.due().plusWeeks(1)));
        }
        return chip;
    }

    private void makeDropTarget(Div target, LocalDate day, LocalTime slot) {
        DropTarget<Div> drop = DropTarget.create(target);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(event -> event.getDragData().ifPresent(dragged -> {
            if (dragged instanceof EventView e && slot != null && !e.allDay()) {
                moveEvent(e, day, slot);
            } else if (dragged instanceof EventView e) {
                moveEvent(e, day);
            } else if (dragged instanceof DueDateSource.DueItem item) {
                moveDue(item, day);
            }
        }));
    }

    // --- actions -------------------------------------------------------------------------------------------

    void moveEvent(EventView e, LocalDate newStart) {
        if (newStart.equals(e.startDate())) {
            return;
        }
        guarded(() -> schedule.move(experimentId, e.id(), e.version(), newStart));
    }

    /** Dropped on an hour slot of the week: the timed event starts at that hour, same length. */
    void moveEvent(EventView e, LocalDate newStart, LocalTime slot) {
        if (newStart.equals(e.startDate()) && slot.getHour() == e.startTime().getHour()) {
            return;
        }
        guarded(() -> schedule.moveTo(experimentId, e.id(), e.version(), newStart, slot));
    }

    void moveDue(DueDateSource.DueItem item, LocalDate newDue) {
        if (newDue.equals(item.due())) {
            return;
        }
        guarded(() -> schedule.moveDue(experimentId, item, newDue));
    }

    void openNew(LocalDate day, LocalTime time) {
        if (data == null || !data.canAdd()) {
            return;
        }
        new EventDialog(schedule, experimentId, data.members(), null, day, time, data.eventDate(), this::reload)
                .open();
    }

    void openExisting(long eventId) {
        try {
            EventView e = schedule.get(experimentId, eventId);
            new EventDialog(schedule, experimentId, data.members(), e, null, null, data.eventDate(), this::reload)
                    .open();
        } catch (UserFacingException gone) {
            Messages.showError(this, gone);
            reload();
        }
    }

    /** Runs a change; a refusal or a conflict is explained, then the latest state is shown. */
    private void guarded(Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            Messages.showError(this, e);
        } catch (ConflictException e) {
            Messages.showError(getTranslation("schedule.conflict.moved", e.changedBy(),
                    Formats.dateTime(e.changedAt(), getLocale())));
        } catch (AccessDeniedException e) {
            Messages.showError(getTranslation("schedule.error.denied"));
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return data == null ? getTranslation("schedule.nav")
                : getTranslation("schedule.title", data.experimentTitle()) + " · " + getTranslation("app.name");
    }
}
