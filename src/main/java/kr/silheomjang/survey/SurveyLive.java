package kr.silheomjang.survey;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of surveys and the observation log. */
public enum SurveyLive implements LiveKind {
    /** A survey's questions or settings changed; ids hold the survey id. */
    SURVEY("survey"),
    /** A survey got a new response; ids hold the survey id. */
    RESPONSE("survey-response"),
    /** An observation was added or changed; ids hold its id. */
    OBSERVATION("observation"),
    /** A question's verdict changed; ids hold the question id. */
    VERDICT("verdict");

    private final String key;

    SurveyLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
