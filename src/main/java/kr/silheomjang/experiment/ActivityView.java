package kr.silheomjang.experiment;

import java.time.Instant;

/**
 * One audit record. {@code detail} holds machine-readable parts (field keys, stage names, a person and a role) that the
 * UI turns into words in the user's language.
 */
public record ActivityView(long id, String actorName, ActivityAction action, String detail, Instant at) {
}
