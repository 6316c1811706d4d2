package kr.silheomjang.schedule;

/**
 * What a calendar event is; the three named meeting kinds are the meetings the guide names, MEETING any other (the
 * team's own planning meetings, a venue visit): what a new event starts as.
 */
public enum EventType {
    MEETING, MILESTONE, PROPOSER_MEETING, PARTNER_MEETING, FILMING_MEETING, EVENT_DAY, DEADLINE, PROMOTION, FOLLOW_UP;

    public String messageKey() {
        return "schedule.type." + name();
    }
}
