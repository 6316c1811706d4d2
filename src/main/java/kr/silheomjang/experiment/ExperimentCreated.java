package kr.silheomjang.experiment;

import java.time.LocalDate;

/**
 * Published inside the creating transaction: features seed their part of a new experiment (planning cards, surveys …)
 * with {@code @EventListener}, so a failure rolls the whole creation back and nothing is half-made.
 */
public record ExperimentCreated(long experimentId, long ownerUserId, LocalDate eventDate) {
}
