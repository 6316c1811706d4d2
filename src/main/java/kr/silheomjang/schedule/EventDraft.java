package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the event dialog edits. {@code startTime}/{@code endTime} null means an all-day event (then both must be null).
 * {@code milestone}: the portfolio timeline marks the event on the experiment's strip (V62).
 */
public record EventDraft(String title, EventType type, LocalDate startDate, LocalTime startTime, LocalDate endDate,
        LocalTime endTime, String place, Set<Long> attendeeIds, String notes, boolean milestone) {

    /** Without saying: events of the type 마일스톤 are milestones, others not. */
    public EventDraft(String title, EventType type, LocalDate startDate, LocalTime startTime, LocalDate endDate,
            LocalTime endTime, String place, Set<Long> attendeeIds, String notes) {
        this(title, type, startDate, startTime, endDate, endTime, place, attendeeIds, notes,
                type == EventType.MILESTONE);
    }

    public boolean allDay() {
        return startTime == null && endTime == null;
    }

    public static EventDraft allDay(String title, EventType type, LocalDate day) {
        return new EventDraft(title, type, day, null, day, null, null, Set.of(), null);
    }
}
