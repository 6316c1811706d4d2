package kr.silheomjang.survey;

import java.util.List;

/** What someone with the link sees: the title and the questions, nothing of the experiment's team. */
public record PublicSurvey(String title, List<SurveyQuestion> questions) {
}
