package kr.silheomjang.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * One calendar event as the views see it. {@code offsetDays} is set for events planned relative to the event day;
 * {@code milestone}: marked on the portfolio timeline.
 */
public record EventView(long id, long version, String uid, String title, EventType type, LocalDate startDate,
        LocalTime startTime, LocalDate endDate, LocalTime endTime, String place, Set<Long> attendeeIds, String notes,
        Integer offsetDays, long createdById, Instant updatedAt, String updatedByName, boolean editable,
        boolean milestone) {

    /** The same event with what this viewer may do to it. */
    public EventView editable(boolean mayEdit) {
        return mayEdit == editable ? this : new EventView(id, version, uid, title, type, startDate, startTime, endDate,
                endTime, place, attendeeIds, notes, offsetDays, createdById, updatedAt, updatedByName, mayEdit, milestone);
    }

    public boolean allDay() {
        return startTime == null;
    }

    /** Whether the event covers the day (multi-day events show on each of their days). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public EventDraft toDraft() {
        return new EventDraft(title, type, startDate, startTime, endDate, endTime, place, attendeeIds, notes,
                milestone);
    }
}
