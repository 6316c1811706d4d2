package kr.silheomjang.experiment.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account that came in through a partner-guest invitation and never held an owner's or planner's role. Such an
 * account cannot start experiments, even once its guest memberships are gone. Written once, deleted when the person
 * becomes an owner or planner anywhere (so no version).
 */
@Entity
@Table(name = "guest_only_account")
public class GuestOnlyAccount {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false)
    private Instant since;

    protected GuestOnlyAccount() {
    }

    public GuestOnlyAccount(long userId, Instant since) {
        this.userId = userId;
        this.since = since;
    }

    public Long getUserId() {
        return userId;
    }
}
