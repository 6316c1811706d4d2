package kr.silheomjang.experiment;

import java.time.Instant;

/** An experiment's closing: when and by whom (it is read-only from then on). */
public record Closing(Instant closedAt, String closedByName) {
}
