package kr.silheomjang.runsheet;

import java.time.Instant;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One segment as the views see it, with its derived times ({@code start} = the day's start plus the durations before
 * it, {@code end} = start + minutes) and its place in the order ({@code number}, from 1). Equality by id, so a grid
 * keeps its selection when the list is replaced.
 */
public record CueRow(long id, long version, int number, LocalTime start, LocalTime end, int minutes, String content,
        @Nullable String lead, @Nullable String place, @Nullable String materials, @Nullable String notes,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String markedByName, Instant updatedAt,
        String updatedByName) {

    public CueState state() {
        return finishedAt != null ? CueState.FINISHED : startedAt != null ? CueState.STARTED : CueState.PLANNED;
    }

    public CueDraft toDraft() {
        return new CueDraft(content, minutes, lead, place, materials, notes);
    }

    /** "14:00–14:15". */
    public String span() {
        return start + "–" + end;
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
