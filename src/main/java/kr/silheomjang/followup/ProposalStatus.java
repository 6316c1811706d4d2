package kr.silheomjang.followup;

/** Where a "next time" action stands as a proposed change to the organisation's planning templates. */
public enum ProposalStatus {
    NONE, PROPOSED, ACCEPTED, DECLINED;

    public String messageKey() {
        return "followup.proposal." + name();
    }
}
