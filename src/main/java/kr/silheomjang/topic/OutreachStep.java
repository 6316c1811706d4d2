package kr.silheomjang.topic;

/**
 * The guide's steps of contacting a known proposer (§2): introduce the purpose and context, ask whether they want to
 * take part, then, if they do, fix the meeting day; if they do not, confirm the proposal's content may still be used.
 */
public enum OutreachStep {
    INTRODUCED, INTENT_CHECKED, MEETING_SET, CONTENT_USE_CONFIRMED;

    public String messageKey() {
        return "topic.outreach.step." + name();
    }
}
