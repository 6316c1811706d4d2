package kr.silheomjang.survey;

import java.time.Instant;

/**
 * One experiment question with its verdict, if recorded. {@code version} is null while no verdict exists; a save
 * passes what it saw.
 */
public record VerdictView(long questionId, String questionText, VerdictOutcome outcome, String evidence,
        Long version, Instant updatedAt, String updatedByName) {
}
