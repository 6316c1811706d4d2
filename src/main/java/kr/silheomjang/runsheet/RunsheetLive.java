package kr.silheomjang.runsheet;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the run-of-show. */
public enum RunsheetLive implements LiveKind {
    /** The cue sheet changed (a segment, the order, the day's start or a started/finished mark); ids: segments. */
    CUES("cues");

    private final String key;

    RunsheetLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
