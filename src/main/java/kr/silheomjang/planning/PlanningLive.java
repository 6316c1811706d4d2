package kr.silheomjang.planning;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the planning board. */
public enum PlanningLive implements LiveKind {
    /** Columns or cards changed; ids are the touched card ids (empty: anything on the board). */
    BOARD("planning"),
    /** Someone was mentioned in a comment; ids are the card id, then the mentioned user ids. */
    MENTION("planning-mention");

    private final String key;

    PlanningLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
