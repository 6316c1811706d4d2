package kr.silheomjang.topic.internal;

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

import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;

/**
 * A consent answer given before the candidate has an experiment. Append-only; moved into the experiment's consent
 * log (and deleted here) when the experiment is made, so there is only ever one copy.
 */
@Entity
@Table(name = "topic_consent")
public class PendingConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "candidate_id", nullable = false)
    private long candidateId;
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_kind", nullable = false, length = 20)
    private ConsentKind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentDecision decision;
    @Column(name = "obtained_how", nullable = false, length = 300)
    private String obtainedHow;
    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;
    @Column(name = "recorded_by_id", nullable = false)
    private long recordedById;
    @Column(name = "recorded_by_name", nullable = false, length = 100)
    private String recordedByName;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PendingConsent() {
    }

    public PendingConsent(long candidateId, ConsentKind kind, ConsentDecision decision, String obtainedHow,
            LocalDate obtainedOn, long recordedById, String recordedByName, Instant recordedAt) {
        this.candidateId = candidateId;
        this.kind = kind;
        this.decision = decision;
        this.obtainedHow = obtainedHow;
        this.obtainedOn = obtainedOn;
        this.recordedById = recordedById;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public ConsentKind getKind() { return kind; }
    public ConsentDecision getDecision() { return decision; }
    public String getObtainedHow() { return obtainedHow; }
    public LocalDate getObtainedOn() { return obtainedOn; }

    public ConsentEntryView toView() {
        return new ConsentEntryView(id, kind, decision, obtainedHow, obtainedOn, recordedByName, recordedAt);
    }
}
