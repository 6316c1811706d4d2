package kr.silheomjang.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.shared.Texts;

@Entity
@Table(name = "schedule_event")
public class ScheduleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    /** The iCalendar UID: made once, never changed, so subscribed calendars update the event instead of duplicating. */
    @Column(name = "ical_uid", nullable = false, length = 100)
    private String icalUid;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", nullable = false, length = 30)
    private EventType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(length = 200)
    private String place;

    @Column(length = 2000)
    private String notes;

    /** Marked on the portfolio timeline (0/1, V62). */
    @Column(nullable = false)
    private int milestone;

    @Column(name = "offset_days")
    private Integer offsetDays;

    @Column(name = "template_step_id")
    private Long templateStepId;

    @ElementCollection
    @CollectionTable(name = "schedule_event_attendee", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "user_id")
    private Set<Long> attendeeIds = new HashSet<>();

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected ScheduleEvent() {
    }

    public ScheduleEvent(long experimentId, String icalUid, long createdById, Instant now, String byName) {
        this.experimentId = experimentId;
        this.icalUid = icalUid;
        this.createdById = createdById;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Takes what the (validated) draft says; blank place and notes are stored as nothing. */
    public void apply(EventDraft d) {
        title = d.title().strip();
        type = d.type();
        startDate = d.startDate();
        startTime = d.startTime();
        endDate = d.endDate();
        endTime = d.endTime();
        place = Texts.stripToNull(d.place());
        notes = Texts.stripToNull(d.notes());
        milestone = d.milestone() ? 1 : 0;
        attendeeIds.clear();
        if (d.attendeeIds() != null) {
            attendeeIds.addAll(new HashSet<>(d.attendeeIds()));
        }
    }

    /** A relative event moved by hand stays relative: its offset follows it. */
    public void keepRelative(LocalDate oldStart) {
        if (offsetDays != null && !startDate.equals(oldStart)) {
            offsetDays = (int) (offsetDays + ChronoUnit.DAYS.between(oldStart, startDate));
        }
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public String getIcalUid() { return icalUid; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isMilestone() { return milestone == 1; }
    public void setMilestone(boolean milestone) { this.milestone = milestone ? 1 : 0; }
    public Integer getOffsetDays() { return offsetDays; }
    public void setOffsetDays(Integer offsetDays) { this.offsetDays = offsetDays; }
    public Long getTemplateStepId() { return templateStepId; }
    public void setTemplateStepId(Long templateStepId) { this.templateStepId = templateStepId; }
    public Set<Long> getAttendeeIds() { return attendeeIds; }
    public long getCreatedById() { return createdById; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
