package kr.silheomjang.survey;

/** Who a survey is for: the guide's participant survey, the follow-up feedback form, or one the team made. */
public enum SurveyAudience {
    PARTICIPANT, FOLLOW_UP, CUSTOM;

    public String messageKey() {
        return "survey.audience." + name();
    }
}
