package kr.silheomjang.people.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One sign-up through the public form. Not edited by planners (the participant row is what they edit: its status is
 * the selection), so no version: only the person's own link and the waitlist offer touch it.
 */
@Entity
@Table(name = "recruit_application")
public class RecruitApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "personal_token", nullable = false, length = 64)
    private String personalToken;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    /** The participant (applicant or not) with the same phone number or mail address, when there was one. */
    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The public form load's key (ui.OfflineDraft): a repeat of the same sign-up finds this row. */
    @Column(name = "submission_key", length = 64)
    private String submissionKey;

    protected RecruitApplication() {
    }

    public RecruitApplication(long experimentId, long participantId, String personalToken, Instant appliedAt,
            Long duplicateOf) {
        this.experimentId = experimentId;
        this.participantId = participantId;
        this.personalToken = personalToken;
        this.appliedAt = appliedAt;
        this.duplicateOf = duplicateOf;
    }

    public RecruitApplication withSubmissionKey(String key) {
        this.submissionKey = key;
        return this;
    }

    public void offered(Instant now) {
        offeredAt = now;
    }

    public void answered(Instant now) {
        answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getPersonalToken() {
        return personalToken;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
