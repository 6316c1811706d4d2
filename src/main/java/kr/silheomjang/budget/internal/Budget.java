package kr.silheomjang.budget.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** An experiment's budget: the optional cap and whether the books are closed (결산). Made on first use. */
@Entity
@Table(name = "budget")
public class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "cap_won")
    private @Nullable Long capWon;
    @Column(name = "settled_at")
    private @Nullable Instant settledAt;
    @Column(name = "settled_by_name", length = 100)
    private @Nullable String settledByName;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Budget() {
    }

    public Budget(long experimentId, Instant now, String by) {
        this.experimentId = experimentId;
        this.updatedAt = now;
        this.updatedByName = by;
    }

    public void setCap(@Nullable Long capWon, Instant now, String by) {
        this.capWon = capWon;
        touch(now, by);
    }

    public void settle(Instant now, String by) {
        settledAt = now;
        settledByName = by;
        touch(now, by);
    }

    public void reopen(Instant now, String by) {
        settledAt = null;
        settledByName = null;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedByName = by;
    }

    public long getExperimentId() { return experimentId; }
    public @Nullable Long getCapWon() { return capWon; }
    public @Nullable Instant getSettledAt() { return settledAt; }
    public @Nullable String getSettledByName() { return settledByName; }
    public String getUpdatedByName() { return updatedByName; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
