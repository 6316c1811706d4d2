package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the proposer's consent history: what, the answer, how and when obtained, who recorded it.
 * {@code obtainedHow} is null for partner guests (free text that often holds the proposer's contacts).
 */
public record ConsentEntryView(long id, ConsentKind kind, ConsentDecision decision, @Nullable String obtainedHow,
        LocalDate obtainedOn, String recordedByName, Instant recordedAt) {

    /** The same line without how consent was obtained, for whom may not see the proposer's contacts. */
    public ConsentEntryView withoutHow() {
        return new ConsentEntryView(id, kind, decision, null, obtainedOn, recordedByName, recordedAt);
    }
}
