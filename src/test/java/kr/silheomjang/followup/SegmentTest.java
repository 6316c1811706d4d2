package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;

/**
 * "불참한 참여자" is who was expected on the day and did not come. The demo's "join us again" mailing went to an
 * applicant never selected (신청) and one not selected (미선정) as well: found by exploratory QA.
 */
class SegmentTest {

    static ParticipantRow participant(AttendanceStatus status) {
        ParticipantDraft d = ParticipantDraft.named("김참여").toBuilder().group(ParticipantGroup.PARTICIPANT)
                .status(status).build();
        return new ParticipantRow(1, 0, d, Map.of(), false, false, Instant.EPOCH, "김기획");
    }

    @Test
    void notAttendedIsWhoWasExpectedAndDidNotCome() {
        assertThat(Arrays.stream(AttendanceStatus.values())
                .filter(s -> Segment.NOT_ATTENDED.includes(participant(s))))
                .containsExactlyInAnyOrder(AttendanceStatus.SELECTED, AttendanceStatus.INVITED,
                        AttendanceStatus.CONFIRMED, AttendanceStatus.INFORMED, AttendanceStatus.RECONFIRMED,
                        AttendanceStatus.ABSENT);
    }

    @Test
    void attendedIsOnlyWhoCame() {
        assertThat(Arrays.stream(AttendanceStatus.values())
                .filter(s -> Segment.ATTENDED.includes(participant(s))))
                .containsExactly(AttendanceStatus.ATTENDED);
    }
}
