package kr.silheomjang.schedule;

import java.time.LocalDate;

/** A calendar event flagged as a milestone, as the portfolio timeline marks it. */
public record MilestoneView(long experimentId, long eventId, String title, EventType type, LocalDate date) {
}
