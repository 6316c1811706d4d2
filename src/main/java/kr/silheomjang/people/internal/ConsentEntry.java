package kr.silheomjang.people.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;

/** Append-only (no version: never edited, never deleted). The latest entry of a kind is the one in force. */
@Entity
@Immutable
@Table(name = "consent_entry")
public class ConsentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_kind", nullable = false, length = 20)
    private ConsentKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ConsentDecision decision;

    @Column(name = "obtained_how", nullable = false, length = 300)
    private String obtainedHow;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    /** The member who recorded it; null when the applicant recorded it through the sign-up form. */
    @Column(name = "recorded_by_id")
    private Long recordedById;

    /** The applicant it is about; null for the proposer's consents. */
    @Column(name = "participant_id")
    private Long participantId;

    /** For {@link ConsentKind#PERSONAL_DATA}: the version of the privacy notice text agreed to. */
    @Column(name = "notice_version")
    private Integer noticeVersion;

    @Column(name = "recorded_by_name", nullable = false, length = 100)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentEntry() {
    }

    public ConsentEntry(long experimentId, ConsentKind kind, ConsentDecision decision, String obtainedHow,
            LocalDate obtainedOn, long recordedById, String recordedByName, Instant recordedAt) {
        this.experimentId = experimentId;
        this.kind = kind;
        this.decision = decision;
        this.obtainedHow = obtainedHow;
        this.obtainedOn = obtainedOn;
        this.recordedById = recordedById;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    /** An applicant's own consent, given through the public sign-up form. */
    public static ConsentEntry byApplicant(long experimentId, long participantId, ConsentKind kind,
            ConsentDecision decision, Integer noticeVersion, String obtainedHow, LocalDate on, String applicantName,
            Instant at) {
        ConsentEntry e = new ConsentEntry();
        e.experimentId = experimentId;
        e.participantId = participantId;
        e.kind = kind;
        e.decision = decision;
        e.noticeVersion = noticeVersion;
        e.obtainedHow = obtainedHow;
        e.obtainedOn = on;
        e.recordedByName = applicantName;
        e.recordedAt = at;
        return e;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Integer getNoticeVersion() {
        return noticeVersion;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public ConsentDecision getDecision() {
        return decision;
    }

    public ConsentEntryView toView() {
        return new ConsentEntryView(id, kind, decision, obtainedHow, obtainedOn, recordedByName, recordedAt);
    }
}
