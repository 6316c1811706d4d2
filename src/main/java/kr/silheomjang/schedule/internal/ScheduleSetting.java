package kr.silheomjang.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Per-experiment schedule settings; one row per experiment, made on first use. */
@Entity
@Table(name = "schedule_setting")
public class ScheduleSetting {

    @Id
    @Column(name = "experiment_id")
    private Long experimentId;

    /** 0/1: whether partner guests may add events (the schema has no BOOLEAN columns). */
    @Column(name = "guests_may_add", nullable = false)
    private int guestsMayAdd;

    /** The event day the relative (template-made) events were planned from; null until some exist. */
    @Column(name = "anchor_date")
    private LocalDate anchorDate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected ScheduleSetting() {
    }

    public ScheduleSetting(long experimentId, Instant now, String byName) {
        this.experimentId = experimentId;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public long getExperimentId() { return experimentId; }
    public boolean isGuestsMayAdd() { return guestsMayAdd == 1; }
    public void setGuestsMayAdd(boolean value) { this.guestsMayAdd = value ? 1 : 0; }
    public LocalDate getAnchorDate() { return anchorDate; }
    public void setAnchorDate(LocalDate anchorDate) { this.anchorDate = anchorDate; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
