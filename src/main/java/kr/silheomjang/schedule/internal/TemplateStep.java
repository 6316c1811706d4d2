package kr.silheomjang.schedule.internal;

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

import kr.silheomjang.schedule.EventType;

/** A step of the backward-planning template; {@code experimentId} null = the default every experiment copies. */
@Entity
@Table(name = "schedule_template_step")
public class TemplateStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id")
    private Long experimentId;

    @Column(name = "offset_days", nullable = false)
    private int offsetDays;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Version
    private long version;

    protected TemplateStep() {
    }

    public TemplateStep(Long experimentId, int offsetDays, String title, EventType type) {
        this.experimentId = experimentId;
        this.offsetDays = offsetDays;
        this.title = title;
        this.type = type;
    }

    public Long getId() { return id; }
    public Long getExperimentId() { return experimentId; }
    public int getOffsetDays() { return offsetDays; }
    public void setOffsetDays(int offsetDays) { this.offsetDays = offsetDays; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public long getVersion() { return version; }
}
