package kr.silheomjang.survey;

import java.time.Instant;

/** A survey in the experiment's list. */
public record SurveySummary(long id, String title, SurveyAudience audience, String token, Instant opensAt,
        Instant closesAt, SurveyStatus status, long responseCount, int questionCount) {
}
