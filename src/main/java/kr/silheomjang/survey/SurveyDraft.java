package kr.silheomjang.survey;

import java.time.Instant;
import java.util.List;

/** What the builder saves: the whole form at once, questions in their new order. */
public record SurveyDraft(String title, Instant opensAt, Instant closesAt, List<SurveyQuestion> questions) {

    public SurveyDraft {
        title = title == null ? "" : title.strip();
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
