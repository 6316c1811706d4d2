package kr.silheomjang.survey.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.survey.VerdictOutcome;

/** 판정 for one experiment question. */
@Entity
@Table(name = "verdict")
public class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "question_text", nullable = false, length = 1000)
    private String questionText;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VerdictOutcome outcome;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Verdict() {
    }

    public Verdict(long experimentId, long questionId) {
        this.experimentId = experimentId;
        this.questionId = questionId;
    }

    public void record(String questionText, VerdictOutcome outcome, String evidence, Instant now, String byName) {
        this.questionText = questionText;
        this.outcome = outcome;
        this.evidence = evidence;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public long getQuestionId() {
        return questionId;
    }

    public VerdictOutcome getOutcome() {
        return outcome;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public long getVersion() {
        return version;
    }
}
