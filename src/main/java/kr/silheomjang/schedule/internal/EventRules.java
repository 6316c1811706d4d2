package kr.silheomjang.schedule.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.schedule.EventDraft;

/** The checks every calendar event passes, typed in the dialog or made from the template. */
public final class EventRules {

    public static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_SPAN_DAYS = 366;

    private EventRules() {
    }

    /**
     * An event lies in the years an experiment's own dates may (ExperimentDraft: ten years back, five ahead): a 1900
     * or 9999 date is a slip of the picker, and the calendar, its feed and the backward plan count from these dates.
     */
    public static LocalDate earliestDate(LocalDate today) {
        return ExperimentDraft.earliestDate(today);
    }

    public static LocalDate latestDate(LocalDate today) {
        return ExperimentDraft.latestDate(today);
    }

    private static boolean outOfRange(LocalDate date, LocalDate today) {
        return date.isBefore(earliestDate(today)) || date.isAfter(latestDate(today));
    }

    /** Message keys of every problem (empty when the draft may be saved); attendees must be among {@code memberIds}. */
    public static List<String> problems(EventDraft d, Set<Long> memberIds, LocalDate today) {
        List<String> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add("schedule.error.titleRequired");
        } else if (d.title().strip().length() > MAX_TITLE) {
            errors.add("schedule.error.titleTooLong");
        }
        if (d.type() == null) {
            errors.add("schedule.error.typeRequired");
        }
        if (d.startDate() == null) {
            errors.add("schedule.error.startRequired");
        }
        if (d.endDate() == null) {
            errors.add("schedule.error.endRequired");
        }
        if ((d.startTime() == null) != (d.endTime() == null)) {
            errors.add("schedule.error.timeIncomplete");
        }
        if (d.startDate() != null && d.endDate() != null) {
            if (outOfRange(d.startDate(), today) || outOfRange(d.endDate(), today)) {
                errors.add("schedule.error.dateRange");
            } else if (d.endDate().isBefore(d.startDate())) {
                errors.add("schedule.error.endBeforeStart");
            } else if (d.startTime() != null && d.endTime() != null
                    && !LocalDateTime.of(d.endDate(), d.endTime()).isAfter(LocalDateTime.of(d.startDate(),
                            d.startTime()))) {
                errors.add("schedule.error.endBeforeStart");
            } else if (ChronoUnit.DAYS.between(d.startDate(), d.endDate()) > MAX_SPAN_DAYS) {
                errors.add("schedule.error.tooLong");
            }
        }
        if (d.place() != null && d.place().strip().length() > MAX_PLACE) {
            errors.add("schedule.error.placeTooLong");
        }
        if (d.notes() != null && d.notes().strip().length() > MAX_NOTES) {
            errors.add("schedule.error.notesTooLong");
        }
        if (d.attendeeIds() != null && !memberIds.containsAll(d.attendeeIds())) {
            errors.add("schedule.error.attendeeNotMember");
        }
        return errors;
    }
}
