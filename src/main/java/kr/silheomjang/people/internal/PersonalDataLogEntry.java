package kr.silheomjang.people.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Audit of personal-data handling: EXPORT and ERASE (one person, on request) or RETENTION (the job); never the data. */
@Entity
@Immutable
@Table(name = "personal_data_log")
public class PersonalDataLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(nullable = false, length = 20)
    private String action;
    @Column(name = "subject_label", nullable = false, length = 200)
    private String subjectLabel;
    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PersonalDataLogEntry() {
    }

    public PersonalDataLogEntry(long experimentId, String action, String subjectLabel, String actorName,
            Instant createdAt) {
        this.experimentId = experimentId;
        this.action = action;
        this.subjectLabel = subjectLabel;
        this.actorName = actorName;
        this.createdAt = createdAt;
    }

    public String getAction() { return action; }
    public String getSubjectLabel() { return subjectLabel; }
    public String getActorName() { return actorName; }
    public Instant getCreatedAt() { return createdAt; }
}
