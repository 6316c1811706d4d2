package kr.silheomjang.topic.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.silheomjang.topic.DecisionView;
import kr.silheomjang.topic.SelectionDecision;

/** A selection decision: an audit record, written once, never edited (hence no version). */
@Entity
@Table(name = "topic_decision")
public class TopicDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SelectionDecision decision;

    @Column(nullable = false, length = 2000)
    private String reasons;

    @Column(name = "decided_by_id", nullable = false)
    private long decidedById;

    @Column(name = "decided_by_name", nullable = false, length = 100)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected TopicDecision() {
    }

    public TopicDecision(long candidateId, SelectionDecision decision, String reasons, long decidedById,
            String decidedByName, Instant decidedAt) {
        this.candidateId = candidateId;
        this.decision = decision;
        this.reasons = reasons;
        this.decidedById = decidedById;
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    public DecisionView toView() {
        return new DecisionView(id, decision, reasons, decidedByName, decidedAt);
    }
}
