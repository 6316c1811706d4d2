package kr.silheomjang.schedule;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the schedule. */
public enum ScheduleLive implements LiveKind {
    /** Calendar events, the event day or schedule settings changed; ids are the touched event ids. */
    EVENTS("schedule");

    private final String key;

    ScheduleLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
