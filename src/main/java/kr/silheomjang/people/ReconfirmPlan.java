package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * When the automatic reconfirmation request goes (issue 14, point 3), as the owner sees it: the event day, the days
 * before it the form asks for (null: only by hand), the first day it goes (then every later day until the eve, to
 * those who have not had it yet), and the last run: its day, time and how many mails it queued. Without a mail server
 * nothing goes by itself.
 */
public record ReconfirmPlan(@Nullable LocalDate eventDate, @Nullable Integer daysBefore, @Nullable LocalDate dueOn,
        @Nullable LocalDate lastRunOn, @Nullable Instant lastRunAt, int lastQueued, boolean mailConfigured) {

    /** The first day the request goes by itself, or null (no event day, or by hand only). */
    public static @Nullable LocalDate dueOn(@Nullable LocalDate eventDate, @Nullable Integer daysBefore) {
        return eventDate == null || daysBefore == null ? null : eventDate.minusDays(daysBefore);
    }

    /** Whether the request goes by itself on {@code day}: from the due day until the eve of the event. */
    public static boolean dueOnDay(@Nullable LocalDate eventDate, @Nullable Integer daysBefore, LocalDate day) {
        LocalDate due = dueOn(eventDate, daysBefore);
        return due != null && !day.isBefore(due) && day.isBefore(eventDate);
    }
}
