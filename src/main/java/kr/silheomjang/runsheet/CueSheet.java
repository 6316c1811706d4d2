package kr.silheomjang.runsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The run-of-show as one read: the run day (the experiment's D-day, null while it is not set), the day's start, the
 * segments in order with derived times, whether the caller edits (and marks segments started and finished) and the
 * staff roster's people (to pick who is in charge).
 */
public record CueSheet(long experimentId, String title, @Nullable LocalDate day, LocalTime dayStart, long version,
        List<CueRow> cues, boolean editor, List<String> staffNames, @Nullable Instant updatedAt,
        @Nullable String updatedByName) {

    /** When the last segment ends (the day's start when there is none). */
    public LocalTime end() {
        return cues.isEmpty() ? dayStart : cues.get(cues.size() - 1).end();
    }

    /** The end as the summary shows it: "01:10(+1)" when the programme runs past midnight. */
    public String endLabel() {
        return cues.isEmpty() ? dayStart.toString() : CueRow.time(end(), cues.get(cues.size() - 1).endDay());
    }

    public int totalMinutes() {
        return cues.stream().mapToInt(CueRow::minutes).sum();
    }

    public Optional<CueRow> cue(long id) {
        return cues.stream().filter(c -> c.id() == id).findFirst();
    }

    /**
     * Whether the caller may mark this segment started/finished: editors only (a lead is a name typed on the roster,
     * linked to no account; decision note 0067, "Later").
     */
    public boolean mayMark(CueRow cue) {
        return editor;
    }
}
