package kr.silheomjang.planning.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "board_column")
public class BoardColumn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(nullable = false, length = 60)
    private String name;

    // A fractional rank (shared.Ranks): moving a column writes this one row.
    @Column(name = "sort_key", nullable = false, length = 120)
    private String sortKey;

    @Column(name = "wip_limit")
    private Integer wipLimit;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected BoardColumn() {
    }

    public BoardColumn(long experimentId, String name, String sortKey, Instant now, String byName) {
        this.experimentId = experimentId;
        this.name = name;
        this.sortKey = sortKey;
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSortKey() { return sortKey; }
    public void setSortKey(String sortKey) { this.sortKey = sortKey; }
    public Integer getWipLimit() { return wipLimit; }
    public void setWipLimit(Integer wipLimit) { this.wipLimit = wipLimit; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
