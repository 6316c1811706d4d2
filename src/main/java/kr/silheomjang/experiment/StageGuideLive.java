package kr.silheomjang.experiment;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the stage guide. */
public enum StageGuideLive implements LiveKind {
    /** An item was marked "해당 없음" or the mark was removed; ids are empty. */
    WAIVERS("stage-waivers");

    private final String key;

    StageGuideLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
