package kr.silheomjang.people;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the people module. */
public enum PeopleLive implements LiveKind {
    /** Participants changed; ids are the touched participants (empty: many). */
    PARTICIPANTS("participants"),
    /** The proposer's consent log or pre-announcement changed. */
    PROPOSER("proposer"),
    /** The staff roster changed. */
    STAFF("staff"),
    /** The recruitment form or its counts changed (the applicants themselves are PARTICIPANTS). */
    RECRUITMENT("recruitment"),
    /** Partner organisations changed. */
    PARTNERS("partners");

    private final String key;

    PeopleLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
