package kr.silheomjang.experiment;

import java.time.Instant;
import java.time.LocalDate;

/** The dates an experiment's timeline is drawn from: the three the owner sets in the form, and when it was created. */
public record ExperimentDates(long id, LocalDate planningStart, LocalDate eventDate, LocalDate followUpEnd,
        Instant createdAt) {
}
