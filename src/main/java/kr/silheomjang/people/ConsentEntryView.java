package kr.silheomjang.people;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the proposer's consent history: what, the answer, how and when obtained, who recorded it. */
public record ConsentEntryView(long id, ConsentKind kind, ConsentDecision decision, String obtainedHow,
        LocalDate obtainedOn, String recordedByName, Instant recordedAt) {
}
