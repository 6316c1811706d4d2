package kr.silheomjang.portfolio.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.portfolio.StagePlanDraft;

/** The owner's planned stage starts of one experiment (V63); a null column means "derived". */
@Entity
@Table(name = "stage_plan")
public class StagePlanRecord {

    @Id
    @Column(name = "experiment_id")
    private Long experimentId;

    @Column(name = "topic_selection")
    private @Nullable LocalDate topicSelection;

    private @Nullable LocalDate planning;

    private @Nullable LocalDate preparation;

    @Column(name = "follow_up")
    private @Nullable LocalDate followUp;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected StagePlanRecord() {
    }

    public StagePlanRecord(long experimentId, Instant now, String byName) {
        this.experimentId = experimentId;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void apply(StagePlanDraft d, Instant now, String byName) {
        topicSelection = d.topicSelection();
        planning = d.planning();
        preparation = d.preparation();
        followUp = d.followUp();
        updatedAt = now;
        updatedByName = byName;
    }

    public StagePlanDraft toDraft() {
        return new StagePlanDraft(topicSelection, planning, preparation, followUp);
    }

    public long getExperimentId() {
        return experimentId;
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
}
