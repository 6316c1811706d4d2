package kr.silheomjang.runsheet.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.runsheet.CueDraft;

/** One segment: its place in the order (a rank) and its duration; its times are derived, never stored. */
@Entity
@Table(name = "cue_segment")
public class CueSegment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "sort_key", nullable = false, length = 120)
    private String rank;
    @Column(name = "duration_minutes", nullable = false)
    private int minutes;
    @Column(nullable = false, length = 200)
    private String content;
    @Column(name = "lead_name", length = 100)
    private @Nullable String lead;
    @Column(length = 100)
    private @Nullable String place;
    @Column(length = 500)
    private @Nullable String materials;
    @Column(length = 1000)
    private @Nullable String notes;
    @Column(name = "started_at")
    private @Nullable Instant startedAt;
    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;
    @Column(name = "marked_by_name", length = 100)
    private @Nullable String markedByName;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected CueSegment() {
    }

    public CueSegment(long experimentId, String rank) {
        this.experimentId = experimentId;
        this.rank = rank;
    }

    /** {@code d} is already checked and trimmed by the service. */
    public void apply(CueDraft d, Instant now, String byName) {
        content = d.content();
        minutes = d.minutes();
        lead = d.lead();
        place = d.place();
        materials = d.materials();
        notes = d.notes();
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        updatedAt = now;
        updatedByName = byName;
    }

    public void markStarted(Instant at, String byName) {
        startedAt = at;
        finishedAt = null;
        markedByName = byName;
        touch(at, byName);
    }

    public void markFinished(Instant at, String byName) {
        if (startedAt == null) {
            startedAt = at;
        }
        finishedAt = at;
        markedByName = byName;
        touch(at, byName);
    }

    public void clearMarks(Instant now, String byName) {
        startedAt = null;
        finishedAt = null;
        markedByName = null;
        touch(now, byName);
    }

    public void setRank(String rank) { this.rank = rank; }
    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public String getRank() { return rank; }
    public int getMinutes() { return minutes; }
    public String getContent() { return content; }
    public @Nullable String getLead() { return lead; }
    public @Nullable String getPlace() { return place; }
    public @Nullable String getMaterials() { return materials; }
    public @Nullable String getNotes() { return notes; }
    public @Nullable Instant getStartedAt() { return startedAt; }
    public @Nullable Instant getFinishedAt() { return finishedAt; }
    public @Nullable String getMarkedByName() { return markedByName; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
