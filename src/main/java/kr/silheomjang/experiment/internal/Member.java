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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.experiment.MemberRole;

@Entity
@Table(name = "experiment_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    /** Who changed the role last and when (conflict messages); null until the first role change. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by_name", length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Member() {
    }

    public Member(long experimentId, long userId, MemberRole role, Instant joinedAt) {
        this.experimentId = experimentId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public long getUserId() {
        return userId;
    }

    public MemberRole getRole() {
        return role;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public void changeRole(MemberRole role, Instant now, String byName) {
        this.role = role;
        this.updatedAt = now;
        this.updatedByName = byName;
    }
}
