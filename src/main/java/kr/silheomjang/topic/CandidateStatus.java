package kr.silheomjang.topic;

/** The pipeline of a candidate proposal (guide §2): 후보 → 검토 중 → 제안자 확인 → 선정 / 보류 / 다른 방식 권고. */
public enum CandidateStatus {
    CANDIDATE, REVIEWING, PROPOSER_CHECK, SELECTED, ON_HOLD, OTHER_FORMAT;

    public String messageKey() {
        return "topic.status." + name();
    }

    /** The outcomes only a selection decision sets (with reasons, as an audit record). */
    public boolean isDecision() {
        return this == SELECTED || this == ON_HOLD || this == OTHER_FORMAT;
    }

    /** Still open for the selection meeting. */
    public boolean isOpen() {
        return !isDecision();
    }
}
