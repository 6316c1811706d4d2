package kr.silheomjang.budget.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The owner shared one partner funder's lines with one partner guest (read-only). Removed to unshare. */
@Entity
@Immutable
@Table(name = "budget_share")
public class BudgetShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "partner_id", nullable = false)
    private long partnerId;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected BudgetShare() {
    }

    public BudgetShare(long experimentId, long partnerId, long userId, Instant sharedAt) {
        this.experimentId = experimentId;
        this.partnerId = partnerId;
        this.userId = userId;
        this.sharedAt = sharedAt;
    }

    public long getPartnerId() { return partnerId; }
    public long getUserId() { return userId; }
}
