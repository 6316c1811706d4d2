package kr.silheomjang.followup;

/** Where the hand-off report stands: the team still writes it, or someone marked it 작성 완료 (the stage check). */
public enum ReportStatus {
    DRAFT, DONE;

    public String messageKey() {
        return "followup.report.status." + name();
    }
}
