package kr.silheomjang.runsheet;

import java.time.Instant;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One segment as the views see it, with its derived times ({@code start} = the day's start plus the durations before
 * it, {@code end} = start + minutes) and its place in the order ({@code number}, from 1). A late-night programme runs
 * past midnight: {@code startDay} / {@code endDay} say how many days after the run day the start and the end fall (0 on
 * the run day itself), so times and the clock's highlight stay right after 24:00. Equality by id, so a grid keeps its
 * selection when the list is replaced.
 */
public record CueRow(long id, long version, int number, LocalTime start, LocalTime end, int minutes, String content,
        @Nullable String lead, @Nullable String place, @Nullable String materials, @Nullable String notes,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String markedByName, Instant updatedAt,
        String updatedByName, int startDay, int endDay) {

    /** A segment on the run day (ending on the next day only when its end is before its start). */
    public CueRow(long id, long version, int number, LocalTime start, LocalTime end, int minutes, String content,
            @Nullable String lead, @Nullable String place, @Nullable String materials, @Nullable String notes,
            @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String markedByName,
            Instant updatedAt, String updatedByName) {
        this(id, version, number, start, end, minutes, content, lead, place, materials, notes, startedAt, finishedAt,
                markedByName, updatedAt, updatedByName, 0, end.isBefore(start) ? 1 : 0);
    }

    /** When it starts, on the run {@code day}. */
    public java.time.LocalDateTime startOn(java.time.LocalDate day) {
        return day.plusDays(startDay).atTime(start);
    }

    /** When it ends, on the run {@code day}. */
    public java.time.LocalDateTime endOn(java.time.LocalDate day) {
        return day.plusDays(endDay).atTime(end);
    }

    public CueState state() {
        return finishedAt != null ? CueState.FINISHED : startedAt != null ? CueState.STARTED : CueState.PLANNED;
    }

    public CueDraft toDraft() {
        return new CueDraft(content, minutes, lead, place, materials, notes);
    }

    /** "14:00–14:15"; past midnight a time carries the days after the run day: "23:40–00:10(+1)". */
    public String span() {
        return time(start, startDay) + "–" + time(end, endDay);
    }

    public static String time(LocalTime t, int day) {
        return day == 0 ? t.toString() : t + "(+" + day + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CueRow other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
