package kr.silheomjang.experiment;

import java.time.LocalDate;

/**
 * Published inside the saving transaction when an experiment's event day (행사일) changes: the calendar remembers the
 * day that was, so what was planned on it (the staff roster's lines) can be offered to follow the new one.
 */
public record EventDayMoved(long experimentId, LocalDate from, LocalDate to) {
}
