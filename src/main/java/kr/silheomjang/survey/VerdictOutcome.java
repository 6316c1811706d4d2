package kr.silheomjang.survey;

/** 판정: what the run showed for one experiment question. */
public enum VerdictOutcome {
    EFFECT_SEEN, NOT_SEEN, UNCLEAR;

    public String messageKey() {
        return "survey.verdict." + name();
    }
}
