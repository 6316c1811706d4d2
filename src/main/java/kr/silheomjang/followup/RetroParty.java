package kr.silheomjang.followup;

/**
 * The parties the guide asks for feedback (§6): participants, the proposer, 섭외자 (speakers, facilitators), staff,
 * the film crew and partner organisations.
 */
public enum RetroParty {
    PARTICIPANT, PROPOSER, RECRUITED, STAFF, FILM_CREW, PARTNER;

    public String messageKey() {
        return "followup.party." + name();
    }
}
