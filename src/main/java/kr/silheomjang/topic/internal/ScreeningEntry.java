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
import jakarta.persistence.Version;

import kr.silheomjang.topic.ScreeningEntryView;
import kr.silheomjang.topic.ScreeningQuestion;

/** One planner's note and score on one screening question of one candidate: only that planner writes it. */
@Entity
@Table(name = "topic_screening")
public class ScreeningEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ScreeningQuestion question;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(length = 4000)
    private String note;

    private Integer score;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ScreeningEntry() {
    }

    public ScreeningEntry(long candidateId, ScreeningQuestion question, long userId, String userName, Instant now) {
        this.candidateId = candidateId;
        this.question = question;
        this.userId = userId;
        this.userName = userName;
        this.updatedAt = now;
    }

    public ScreeningEntryView toView() {
        return new ScreeningEntryView(question, userId, userName, note, score, version, updatedAt);
    }

    public void setNote(String note, Instant now) {
        this.note = note;
        this.updatedAt = now;
    }

    public void setScore(Integer score, Instant now) {
        this.score = score;
        this.updatedAt = now;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getVersion() {
        return version;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUserName() {
        return userName;
    }
}
