package kr.silheomjang.followup.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.followup.RetroParty;

/** A party's public retrospective form (a survey of the survey engine). Never edited: made once per party. */
@Entity
@Table(name = "retro_link")
public class RetroLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RetroParty party;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RetroLink() {
    }

    public RetroLink(long experimentId, RetroParty party, long surveyId, Instant now) {
        this.experimentId = experimentId;
        this.party = party;
        this.surveyId = surveyId;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public RetroParty getParty() {
        return party;
    }

    public long getSurveyId() {
        return surveyId;
    }
}
