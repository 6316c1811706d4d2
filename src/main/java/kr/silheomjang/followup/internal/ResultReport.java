package kr.silheomjang.followup.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.followup.ReportStatus;
import kr.silheomjang.followup.ReportText;

/** The team's part of an experiment's hand-off report (one per experiment, made on the first save). */
@Entity
@Table(name = "result_report")
public class ResultReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(nullable = false, length = 1500)
    private String summary;

    @Column(nullable = false, length = 1500)
    private String highlights;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by_name", length = 100)
    private String completedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected ResultReport() {
    }

    public ResultReport(long experimentId, Instant now, String byName) {
        this.experimentId = experimentId;
        this.summary = "";
        this.highlights = "";
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public void write(String summary, String highlights, Instant now, String byName) {
        this.summary = summary;
        this.highlights = highlights;
        touch(now, byName);
    }

    public void complete(Instant now, String byName) {
        this.status = ReportStatus.DONE;
        this.completedAt = now;
        this.completedByName = byName;
        touch(now, byName);
    }

    public void reopen(Instant now, String byName) {
        this.status = ReportStatus.DRAFT;
        this.completedAt = null;
        this.completedByName = null;
        touch(now, byName);
    }

    private void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public ReportText toText() {
        return new ReportText(version, summary, highlights, status, updatedByName, updatedAt, completedByName,
                completedAt);
    }
}
