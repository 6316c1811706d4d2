package kr.silheomjang.schedule.ui;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.schedule.EventView;
import kr.silheomjang.shared.DueDateSource;

/** What the calendar's cells and chips ask their page to do; the page runs it through the service. */
interface CalendarActions {

    void moveEvent(EventView event, LocalDate newStart);

    /** Dropped on an hour slot of the week: the timed event starts at that hour, same length. */
    void moveEvent(EventView event, LocalDate newStart, LocalTime slot);

    void moveDue(DueDateSource.DueItem item, LocalDate newDue);

    void openNew(LocalDate day, @Nullable LocalTime time);

    void openExisting(long eventId);
}
