package kr.silheomjang.schedule.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret iCal feed URL of one user for one experiment. Only the token's SHA-256 is stored. */
@Entity
@Table(name = "schedule_feed_token")
public class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    public FeedToken(long experimentId, long userId, String tokenHash, Instant now) {
        this.experimentId = experimentId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public long getExperimentId() { return experimentId; }
    public long getUserId() { return userId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public void revoke(Instant now) { this.revokedAt = now; }
}
