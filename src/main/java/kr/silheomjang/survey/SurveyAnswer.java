package kr.silheomjang.survey;

import java.time.Instant;

/**
 * One answer to one question of a form, as other features read it.
 *
 * @param questionIndex the question's place on the form when it was answered (0 = first)
 */
public record SurveyAnswer(long id, long surveyId, long responseId, int questionIndex, String questionText,
        String text, Instant submittedAt) {
}
