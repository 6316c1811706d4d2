package kr.silheomjang.followup;

import java.util.List;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantGroup;

/**
 * Who a mailing reaches: people of the chosen segments with an address who did not opt out; and how many of the
 * segments were left out for having no (valid) address or for having opted out.
 */
public record Recipients(List<Recipient> list, int withoutAddress, int optedOut) {

    public record Recipient(long participantId, String name, String email, ParticipantGroup group,
            AttendanceStatus status) {
    }
}
