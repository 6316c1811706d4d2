package kr.silheomjang.survey.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.silheomjang.survey.ObservationView;

/** A timestamped note taken during the run. Notes are a log: written once, never edited. */
@Entity
@Table(name = "observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "question_text", length = 1000)
    private String questionText;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(name = "photo_type", length = 50)
    private String photoType;

    protected Observation() {
    }

    public Observation(long experimentId, Long questionId, String questionText, String note, Instant observedAt,
            String authorName, String photoType) {
        this.experimentId = experimentId;
        this.questionId = questionId;
        this.questionText = questionText;
        this.note = note;
        this.observedAt = observedAt;
        this.authorName = authorName;
        this.photoType = photoType;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public String getPhotoType() {
        return photoType;
    }

    public ObservationView toView() {
        return new ObservationView(id, questionId, questionText, note, observedAt, authorName, photoType != null);
    }
}
