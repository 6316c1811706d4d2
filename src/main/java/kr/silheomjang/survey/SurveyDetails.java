package kr.silheomjang.survey;

import java.time.Instant;
import java.util.List;

/** Everything the builder edits; {@code version} is what a later save must match. */
public record SurveyDetails(long id, long experimentId, long version, String title, SurveyAudience audience,
        String token, Instant opensAt, Instant closesAt, SurveyStatus status, Instant updatedAt, String updatedByName,
        List<SurveyQuestion> questions) {
}
