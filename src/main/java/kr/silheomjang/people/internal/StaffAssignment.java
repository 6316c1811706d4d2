package kr.silheomjang.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.people.StaffDraft;

@Entity
@Table(name = "staff_assignment")
public class StaffAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "experiment_id", nullable = false)
    private long experimentId;
    @Column(name = "role_name", nullable = false, length = 50)
    private String roleName;
    @Column(name = "person_name", nullable = false, length = 100)
    private String personName;
    @Column(name = "slot_date", nullable = false)
    private LocalDate slotDate;
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;
    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;
    @Column(length = 100)
    private String area;
    @Column(length = 1000)
    private String duties;
    @Column(length = 100)
    private String contact;
    /** The member account the line is linked to (null: none); a member of the line's experiment, see V66. */
    @Column(name = "member_user_id")
    private Long memberUserId;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected StaffAssignment() {
    }

    public StaffAssignment(long experimentId) {
        this.experimentId = experimentId;
    }

    public void apply(StaffDraft d, Instant now, String byName) {
        roleName = d.role();
        personName = d.person();
        slotDate = d.date();
        startTime = d.start();
        endTime = d.end();
        area = d.area();
        duties = d.duties();
        contact = d.contact();
        memberUserId = d.memberUserId();
        updatedAt = now;
        updatedByName = byName;
    }

    /** The line follows the event day to another date (the calendar's shift); the rest of it stays. */
    public void moveTo(LocalDate date, Instant now, String byName) {
        slotDate = date;
        updatedAt = now;
        updatedByName = byName;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public String getRoleName() { return roleName; }
    public String getPersonName() { return personName; }
    public LocalDate getSlotDate() { return slotDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getArea() { return area; }
    public String getDuties() { return duties; }
    public String getContact() { return contact; }
    public Long getMemberUserId() { return memberUserId; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
