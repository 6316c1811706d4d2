package kr.silheomjang.topic;

import java.time.Instant;

/** A recorded selection decision (audit record: never edited). */
public record DecisionView(long id, SelectionDecision decision, String reasons, String decidedByName,
        Instant decidedAt) {
}
