package kr.silheomjang.runsheet.internal;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The sheet of one experiment: the run day's start time; the parent row every segment write locks first. */
@Entity
@Table(name = "cue_sheet")
public class CueSheetRecord {

    @Id
    @Column(name = "experiment_id")
    private Long experimentId;
    @Column(name = "day_start", nullable = false)
    private LocalTime dayStart;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected CueSheetRecord() {
    }

    public CueSheetRecord(long experimentId, LocalTime dayStart, Instant now, String byName) {
        this.experimentId = experimentId;
        this.dayStart = dayStart;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void setDayStart(LocalTime dayStart, Instant now, String byName) {
        this.dayStart = dayStart;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public long getExperimentId() { return experimentId; }
    public LocalTime getDayStart() { return dayStart; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
