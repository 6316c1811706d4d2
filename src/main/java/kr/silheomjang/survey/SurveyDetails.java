package kr.silheomjang.survey;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the builder edits; {@code version} is what a later save must match. {@code token} is null for a partner
 * guest unless they answer the form themselves ({@link GuestAnsweredForms}).
 */
public record SurveyDetails(long id, long experimentId, long version, String title, SurveyAudience audience,
        @Nullable String token, Instant opensAt, Instant closesAt, SurveyStatus status, Instant updatedAt, String updatedByName,
        List<SurveyQuestion> questions) {
}
