package kr.silheomjang.survey.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One submitted form. Anonymous: no address, no session is stored. */
@Entity
@Table(name = "survey_response")
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The form load's random key (issue 17): a retry or a restored draft sends it again and is stored once. */
    @Column(name = "submission_key", length = 64)
    private String submissionKey;

    protected Response() {
    }

    public Response(long surveyId, Instant submittedAt) {
        this(surveyId, submittedAt, null);
    }

    public Response(long surveyId, Instant submittedAt, String submissionKey) {
        this.surveyId = surveyId;
        this.submittedAt = submittedAt;
        this.submissionKey = submissionKey;
    }

    public Long getId() {
        return id;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
