package kr.silheomjang.topic;

/** What the selection meeting decides about a candidate; each is recorded with reasons, who and when. */
public enum SelectionDecision {
    SELECTED(CandidateStatus.SELECTED), ON_HOLD(CandidateStatus.ON_HOLD), OTHER_FORMAT(CandidateStatus.OTHER_FORMAT);

    private final CandidateStatus status;

    SelectionDecision(CandidateStatus status) {
        this.status = status;
    }

    public CandidateStatus status() {
        return status;
    }

    public String messageKey() {
        return status.messageKey();
    }
}
