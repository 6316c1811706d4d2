package kr.silheomjang.people;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One applicant as the selection list shows them: the participant (id and version for selection), how they signed
 * up, whether their phone or mail was already known (duplicate), and their answers.
 */
public record ApplicantRow(long participantId, long version, String name, @Nullable String phone,
        @Nullable String email, AttendanceStatus status, PhotoConsent photoConsent, Instant appliedAt,
        boolean duplicate, @Nullable Instant offeredAt, List<Answer> answers) {

    public ApplicantRow {
        answers = List.copyOf(answers);
    }

    public record Answer(String question, String answer) {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicantRow r && r.participantId == participantId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(participantId);
    }
}
