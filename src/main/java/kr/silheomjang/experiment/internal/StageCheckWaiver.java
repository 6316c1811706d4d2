package kr.silheomjang.experiment.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An owner's "해당 없음" on one stage checklist item, with the reason. */
@Entity
@Table(name = "stage_check_waiver")
public class StageCheckWaiver {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "check_key", nullable = false, length = 100)
    private String checkKey;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "waived_by_name", nullable = false, length = 100)
    private String waivedByName;

    @Column(name = "waived_at", nullable = false)
    private Instant waivedAt;

    @Version
    private long version;

    protected StageCheckWaiver() {
    }

    public StageCheckWaiver(long experimentId, String checkKey, String reason, String waivedByName, Instant waivedAt) {
        this.experimentId = experimentId;
        this.checkKey = checkKey;
        this.reason = reason;
        this.waivedByName = waivedByName;
        this.waivedAt = waivedAt;
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public String getCheckKey() {
        return checkKey;
    }

    public String getReason() {
        return reason;
    }

    public String getWaivedByName() {
        return waivedByName;
    }

    public Instant getWaivedAt() {
        return waivedAt;
    }

    public long getVersion() {
        return version;
    }
}
