package kr.silheomjang.runsheet;

/** Where a segment is on the run day: not begun, running (marked started), done (marked finished). */
public enum CueState {
    PLANNED, STARTED, FINISHED;

    public String messageKey() {
        return "runsheet.state." + name();
    }
}
