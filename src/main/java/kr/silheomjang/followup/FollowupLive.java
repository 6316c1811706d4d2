package kr.silheomjang.followup;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the follow-up stage. */
public enum FollowupLive implements LiveKind {
    /** A retrospective link or an in-app retrospective entry was added; ids hold its id. */
    RETRO("retro"),
    /** A "next time" action or its template proposal changed; ids hold the action id. */
    ACTIONS("retro-action"),
    /** A mailing was made, saved or sent; ids hold the mailing id. */
    MAILING("mailing"),
    /** The hand-off report's text or status changed; ids hold the report id. */
    REPORT("result-report"),
    /** An archive item was added, saved or removed; ids hold the item id. */
    ARCHIVE("archive"),
    /** The public results page was made, saved, published or withdrawn; ids hold the experiment id. */
    RESULTS_PAGE("results-page");

    private final String key;

    FollowupLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
