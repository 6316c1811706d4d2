package kr.silheomjang.schedule;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The proposer meeting as a form read it: its day, version and who saved it last, or {@link #NONE} when there was
 * none. A form that sets the day gives it back, so that a move on the calendar in between is a conflict, not undone.
 */
public record ProposerMeeting(@Nullable LocalDate date, long version, @Nullable String updatedByName,
        @Nullable Instant updatedAt) {

    /** No meeting on the calendar. */
    public static final ProposerMeeting NONE = new ProposerMeeting(null, -1, null, null);
}
