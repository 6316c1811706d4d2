package kr.silheomjang.schedule.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.ui.Formats;

/** The three ways the calendar shows a range: a month grid, a week with hour slots, and an agenda list. */
final class CalendarModes {

    private CalendarModes() {
    }

    /** Six weeks from the Sunday before the 1st; days of other months are dimmed. */
    static List<Component> month(CalendarCells cells, LocalDate start, int month) {
        Div grid = new Div();
        grid.addClassName("schedule-month");
        for (int i = 0; i < 42; i++) {
            LocalDate day = start.plusDays(i);
            Div cell = cells.dayCell(day, day.getMonthValue() != month);
            cells.chipsFor(day, null, false).forEach(cell::add);
            grid.add(cell);
        }
        return List.of(cells.weekdayHeader(), grid);
    }

    /** Seven days: an all-day row, then one slot per hour from {@link CalendarCells#FIRST_HOUR}. */
    static Component week(CalendarCells cells, LocalDate start) {
        Div grid = new Div();
        grid.addClassName("schedule-week");
        grid.add(new Span());
        for (int i = 0; i < 7; i++) {
            LocalDate day = start.plusDays(i);
            Div head = cells.dayCell(day, false);
            head.addClassName("schedule-week-head");
            Span weekday = new Span(cells.t("schedule.weekday." + i));
            weekday.addClassName("schedule-weekday");
            head.getChildren().findFirst().ifPresent(h -> ((Div) h).addComponentAsFirst(weekday));
            cells.chipsFor(day, null, true).forEach(head::add);
            grid.add(head);
        }
        for (int hour = CalendarCells.FIRST_HOUR; hour <= CalendarCells.LAST_HOUR; hour++) {
            Span label = new Span(String.format("%02d:00", hour));
            label.addClassName("schedule-hour");
            grid.add(label);
            for (int i = 0; i < 7; i++) {
                grid.add(cells.slot(start.plusDays(i), LocalTime.of(hour, 0)));
            }
        }
        return grid;
    }

    /** Only days with something on them (plus today and the event day), or a note that the range is empty. */
    static Component agenda(CalendarCells cells, LocalDate from, LocalDate to) {
        Div list = new Div();
        list.addClassName("schedule-agenda");
        LocalDate eventDay = cells.data().eventDate();
        boolean any = false;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            List<Component> chips = cells.chipsFor(day, null, false);
            if (chips.isEmpty() && !day.equals(eventDay) && !day.equals(cells.today)) {
                continue;
            }
            any |= !chips.isEmpty();
            Div row = new Div();
            row.addClassName("schedule-agenda-day");
            row.getElement().setAttribute("data-date", day.toString());
            if (day.equals(cells.today)) {
                row.addClassName("today");
            }
            if (day.equals(eventDay)) {
                row.addClassName("dday");
            }
            Span date = new Span(Formats.date(day, cells.locale()));
            date.addClassName("schedule-agenda-date");
            Div head = new Div(date, cells.countdown(day));
            head.addClassName("schedule-agenda-head");
            if (day.equals(cells.today)) {
                head.add(cells.todayMarker());
            }
            Div items = new Div();
            items.addClassName("schedule-agenda-items");
            chips.forEach(items::add);
            row.add(head, items);
            list.add(row);
        }
        if (!any) {
            Div empty = new Div(new Span(cells.t("schedule.agenda.empty")));
            empty.addClassName("schedule-empty");
            empty.setId("agenda-empty");
            list.add(empty);
        }
        return list;
    }
}
