package kr.silheomjang.survey;

import java.time.Instant;

/** Whether a survey takes answers at a given moment, from its open and close times (either may be empty). */
public enum SurveyStatus {
    NOT_YET_OPEN, OPEN, CLOSED;

    public static SurveyStatus at(Instant now, Instant opensAt, Instant closesAt) {
        if (opensAt != null && now.isBefore(opensAt)) {
            return NOT_YET_OPEN;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return CLOSED;
        }
        return OPEN;
    }

    public String messageKey() {
        return "survey.status." + name();
    }
}
