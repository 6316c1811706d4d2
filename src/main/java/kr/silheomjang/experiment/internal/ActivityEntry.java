package kr.silheomjang.experiment.internal;

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

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ActivityView;

/** Audit record: written once, never edited (so no @Version). */
@Entity
@Table(name = "activity_entry")
public class ActivityEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private ActivityAction action;

    @Column(length = 2000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ActivityEntry() {
    }

    public ActivityEntry(long experimentId, Long actorId, String actorName, ActivityAction action, String detail,
            Instant createdAt) {
        this.experimentId = experimentId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.detail = detail;
        this.createdAt = createdAt;
    }

    public ActivityView toView() {
        return new ActivityView(id, actorName, action, detail, createdAt);
    }
}
