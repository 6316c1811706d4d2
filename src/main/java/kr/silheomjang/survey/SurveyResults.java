package kr.silheomjang.survey;

import java.util.List;

/** Counts per option and the text answers, per question, for the live results page. */
public record SurveyResults(long surveyId, String title, long responseCount, List<QuestionResult> questions) {

    /**
     * @param current  false for a question no longer on the form: its answers are kept under the wording they had
     * @param counts   per option (choices, ratings 1–5, yes/no), in the form's order; empty for text questions
     * @param texts    text answers, newest first
     */
    public record QuestionResult(long questionId, String text, QuestionType type, boolean current, long answered,
            List<OptionCount> counts, List<TextAnswer> texts) {
    }

    /** One text answer; its id lets a search result lead to it. */
    public record TextAnswer(long answerId, String text) {
    }

    public record OptionCount(String label, long count) {
    }
}
