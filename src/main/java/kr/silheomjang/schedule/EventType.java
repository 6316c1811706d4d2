package kr.silheomjang.schedule;

/** What a calendar event is; the three meeting kinds are the meetings the guide names. */
public enum EventType {
    MILESTONE, PROPOSER_MEETING, PARTNER_MEETING, FILMING_MEETING, EVENT_DAY, DEADLINE, PROMOTION, FOLLOW_UP;

    public String messageKey() {
        return "schedule.type." + name();
    }
}
