package kr.silheomjang.budget.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The owner shared one partner funder's lines with that organisation: every guest invited for it reads them
 * (read-only). Removed to unshare.
 */
@Entity
@Immutable
@Table(name = "budget_partner_share")
public class BudgetShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "partner_id", nullable = false)
    private long partnerId;
    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    protected BudgetShare() {
    }

    public BudgetShare(long experimentId, long partnerId, Instant sharedAt) {
        this.experimentId = experimentId;
        this.partnerId = partnerId;
        this.sharedAt = sharedAt;
    }

    public long getPartnerId() { return partnerId; }
}
