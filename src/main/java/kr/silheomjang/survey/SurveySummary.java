package kr.silheomjang.survey;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A survey in the experiment's list. {@code token} (the public link's) is null for a partner guest unless they answer
 * the form themselves ({@link GuestAnsweredForms}). {@code version} is the form's, as a delete from the list must name
 * the version its deleter saw ({@link SurveyService#delete}).
 */
public record SurveySummary(long id, String title, SurveyAudience audience, @Nullable String token, Instant opensAt,
        Instant closesAt, SurveyStatus status, long responseCount, int questionCount, long version) {
}
