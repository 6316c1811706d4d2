package kr.silheomjang.runsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The run-of-show as one read: the run day (the experiment's D-day, null while it is not set), the day's start, the
 * segments in order with derived times, whether the caller edits (and marks every segment started and finished), the
 * staff roster's people (to pick who is in charge) and the roster names linked to the caller's account alone
 * ({@code myLeadNames}: a partner guest marks the segments led by one of them; decision note 0067, second "Later").
 */
public record CueSheet(long experimentId, String title, @Nullable LocalDate day, LocalTime dayStart, long version,
        List<CueRow> cues, boolean editor, List<String> staffNames, Set<String> myLeadNames,
        @Nullable Instant updatedAt, @Nullable String updatedByName) {

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
     * Whether the caller may mark this segment started, finished or back to planned: owners and planners every
     * segment; a partner guest the segments whose lead is a roster name linked to their account and to nobody else's
     * (spaces and case ignored, as the roster compares names). {@code CueSheetService} checks the same on every mark.
     */
    public boolean mayMark(CueRow cue) {
        return editor || leads(cue);
    }

    /** Whether the caller is no editor and leads a segment of the day, so marks some segments and not others. */
    public boolean marksOwnSegments() {
        return !editor && cues.stream().anyMatch(this::leads);
    }

    private boolean leads(CueRow cue) {
        return myLeadNames.stream().anyMatch(name -> CueSheets.samePerson(name, cue.lead()));
    }
}
