package kr.silheomjang.schedule.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import kr.silheomjang.experiment.DDay;
import kr.silheomjang.schedule.CalendarData;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.shared.DueDateSource;

/**
 * The pieces every calendar mode is made of: day cells, event and due-date chips (clickable, draggable, with a move
 * menu for people who cannot drag) and drop targets. Built for one render of one {@link CalendarData}.
 */
final class CalendarCells {

    static final int FIRST_HOUR = 7;
    static final int LAST_HOUR = 22;
    /** Clicks on a cell add an event, but not clicks that land on a chip inside it. */
    static final String NOT_ON_A_CHIP = "!event.target.closest('.schedule-chip')";

    private final CalendarData data;
    private final CalendarActions actions;
    private final Component texts;
    final LocalDate today;

    /** {@code texts} gives translations and the locale (the page). */
    CalendarCells(CalendarData data, CalendarActions actions, Component texts, LocalDate today) {
        this.data = data;
        this.actions = actions;
        this.texts = texts;
        this.today = today;
    }

    CalendarData data() {
        return data;
    }

    String t(String key, Object... params) {
        return texts.getTranslation(key, params);
    }

    java.util.Locale locale() {
        return texts.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.KOREAN);
    }

    Div weekdayHeader() {
        Div header = new Div();
        header.addClassName("schedule-weekdays");
        for (int i = 0; i < 7; i++) {
            Span s = new Span(t("schedule.weekday." + i));
            s.addClassName("schedule-weekday");
            if (i == 0) {
                s.addClassName("sunday");
            }
            header.add(s);
        }
        return header;
    }

    Div dayCell(LocalDate day, boolean outside) {
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
        if (day.equals(today)) {
            cell.addClassName("today");
            head.add(todayMarker());
            cell.getElement().setAttribute("aria-current", "date");
        }
        Span countdown = countdown(day);
        if (day.equals(data.eventDate())) {
            cell.addClassName("dday");
        }
        head.add(countdown);
        cell.add(head);
        dropTarget(cell, day, null);
        if (data.canAdd()) {
            cell.getElement().addEventListener("click", e -> actions.openNew(day, null)).setFilter(NOT_ON_A_CHIP);
        }
        return cell;
    }

    /** An hour slot of the week view. */
    Div slot(LocalDate day, LocalTime time) {
        Div slot = new Div();
        slot.addClassName("schedule-slot");
        slot.getElement().setAttribute("data-date", day.toString());
        slot.getElement().setAttribute("data-hour", String.valueOf(time.getHour()));
        if (day.equals(today)) {
            slot.addClassName("today");
        }
        if (day.equals(data.eventDate())) {
            slot.addClassName("dday");
        }
        chipsFor(day, time, false).forEach(slot::add);
        dropTarget(slot, day, time);
        if (data.canAdd()) {
            slot.getElement().addEventListener("click", e -> actions.openNew(day, time)).setFilter(NOT_ON_A_CHIP);
        }
        return slot;
    }

    Span todayMarker() {
        Span marker = new Span(t("schedule.todayMarker"));
        marker.addClassName("today-marker");
        return marker;
    }

    /** "D-12", or "D-day" on the event day. */
    Span countdown(LocalDate day) {
        Span countdown = new Span(day.equals(data.eventDate()) ? t("schedule.dday")
                : DDay.label(data.eventDate(), day));
        countdown.addClassName("schedule-countdown");
        return countdown;
    }

    /**
     * The chips of one day: in the month and agenda ({@code hour} null, {@code allDayOnly} false) everything starting
     * that day or spanning it; in the week's all-day row only all-day events and due items; in an hour slot the timed
     * events starting that hour (earlier/later ones go to the first/last slot).
     */
    List<Component> chipsFor(LocalDate day, @Nullable LocalTime hour, boolean allDayOnly) {
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
        chip.getElement().setAttribute("aria-label", t("schedule.chip.aria", e.title(), t(e.type().messageKey())));
        chip.getElement().setAttribute("title", t(e.type().messageKey()) + " · " + e.title());
        chip.addClickListener(c -> actions.openExisting(e.id()));
        chip.getElement().addEventListener("keydown", k -> actions.openExisting(e.id()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        if (e.editable()) {
            DragSource<Div> drag = DragSource.create(chip);
            drag.setDragData(e);
            drag.setEffectAllowed(EffectAllowed.MOVE);
            ContextMenu menu = new ContextMenu(chip);
            menu.addItem(t("schedule.move.earlierDay"), m -> actions.moveEvent(e, e.startDate().minusDays(1)));
            menu.addItem(t("schedule.move.laterDay"), m -> actions.moveEvent(e, e.startDate().plusDays(1)));
            menu.addItem(t("schedule.move.earlierWeek"), m -> actions.moveEvent(e, e.startDate().minusWeeks(1)));
            menu.addItem(t("schedule.move.laterWeek"), m -> actions.moveEvent(e, e.startDate().plusWeeks(1)));
            menu.addItem(t("schedule.move.open"), m -> actions.openExisting(e.id()));
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
        chip.getElement().setAttribute("title", t("schedule.dueItem", item.title()));
        if (data.myRole().canEdit()) {
            DragSource<Div> drag = DragSource.create(chip);
            drag.setDragData(item);
            ContextMenu menu = new ContextMenu(chip);
            menu.addItem(t("schedule.move.earlierDay"), m -> actions.moveDue(item, item.due().minusDays(1)));
            menu.addItem(t("schedule.move.laterDay"), m -> actions.moveDue(item, item.due().plusDays(1)));
            menu.addItem(t("schedule.move.laterWeek"), m -> actions.moveDue(item, item.due().plusWeeks(1)));
        }
        return chip;
    }

    private void dropTarget(Div target, LocalDate day, @Nullable LocalTime slot) {
        DropTarget<Div> drop = DropTarget.create(target);
        drop.setDropEffect(DropEffect.MOVE);
        drop.addDropListener(event -> event.getDragData().ifPresent(dragged -> {
            if (dragged instanceof EventView e && slot != null && !e.allDay()) {
                actions.moveEvent(e, day, slot);
            } else if (dragged instanceof EventView e) {
                actions.moveEvent(e, day);
            } else if (dragged instanceof DueDateSource.DueItem item) {
                actions.moveDue(item, day);
            }
        }));
    }
}
