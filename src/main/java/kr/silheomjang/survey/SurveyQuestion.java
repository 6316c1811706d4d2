package kr.silheomjang.survey;

import java.util.List;

/**
 * One question of a survey, as the builder edits it and the public form shows it. {@code id} is null for a question
 * not saved yet.
 */
public record SurveyQuestion(Long id, QuestionType type, String text, List<String> options, boolean required) {

    public SurveyQuestion {
        text = text == null ? "" : text.strip();
        options = options == null ? List.of()
                : options.stream().map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
    }

    public static SurveyQuestion blank() {
        return new SurveyQuestion(null, QuestionType.SHORT_TEXT, "", List.of(), false);
    }

    public SurveyQuestion withType(QuestionType t) {
        return new SurveyQuestion(id, t, text, options, required);
    }
}
