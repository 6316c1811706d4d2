package kr.silheomjang.followup;

import java.util.Set;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;

/** Who a mailing goes to, by the people module's groups and attendance. */
public enum Segment {
    /** Participants who came (참석). */
    ATTENDED,
    /**
     * Participants who were expected on the day and did not come (불참, or never checked in); not an applicant who
     * was never selected, waitlisted, not selected (미선정) or cancelled: a "thank you" or "join us again" mail is not
     * for them.
     */
    NOT_ATTENDED,
    PROPOSER,
    PARTNERS,
    /** Staff and the people recruited for the day (speakers, moderators, facilitators). */
    STAFF,
    FILM_CREW;

    private static final Set<ParticipantGroup> STAFF_GROUPS = Set.of(ParticipantGroup.STAFF,
            ParticipantGroup.PRESENTER, ParticipantGroup.MODERATOR, ParticipantGroup.FACILITATOR);

    public boolean includes(ParticipantRow p) {
        return switch (this) {
            case ATTENDED -> p.group() == ParticipantGroup.PARTICIPANT && p.status() == AttendanceStatus.ATTENDED;
            case NOT_ATTENDED -> p.group() == ParticipantGroup.PARTICIPANT && p.status() != AttendanceStatus.ATTENDED
                    && p.status().onTheDayList();
            case PROPOSER -> p.group() == ParticipantGroup.PROPOSER;
            case PARTNERS -> p.group() == ParticipantGroup.PARTNER;
            case STAFF -> STAFF_GROUPS.contains(p.group());
            case FILM_CREW -> p.group() == ParticipantGroup.FILM_CREW;
        };
    }

    public String messageKey() {
        return "followup.segment." + name();
    }
}
