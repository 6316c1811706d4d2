package kr.silheomjang.survey;

/**
 * Published inside the deleting transaction ({@link SurveyService#delete}), after the checks and before any row goes:
 * features that refer to the survey (the follow-up module's retrospective links, notifications of its answers) remove
 * their references with {@code @EventListener}, in the same transaction, so the survey's rows can then go in foreign-key
 * order and a failure rolls the whole deletion back.
 */
public record SurveyDeleted(long experimentId, long surveyId) {
}
