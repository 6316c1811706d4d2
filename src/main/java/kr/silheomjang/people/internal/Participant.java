package kr.silheomjang.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

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

import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.PhotoConsent;
import kr.silheomjang.shared.StoredText;

@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "full_name", nullable = false, length = 100)
    private String name;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "participant_group", nullable = false, length = 20)
    private ParticipantGroup group;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    @Column(name = "invited_on")
    private LocalDate invitedOn;
    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;
    @Column(name = "informed_on")
    private LocalDate informedOn;
    @Column(name = "reconfirmed_on")
    private LocalDate reconfirmedOn;
    @Column(name = "attended_on")
    private LocalDate attendedOn;
    @Column(name = "absent_on")
    private LocalDate absentOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "photo_consent", nullable = false, length = 20)
    private PhotoConsent photoConsent;

    @Column(name = "accessibility_needs", length = 1000)
    private String accessibilityNeeds;

    @Column(name = "dietary_needs", length = 1000)
    private String dietaryNeeds;

    @Column(length = 2000)
    private String notes;

    @Column(name = "walk_in", nullable = false)
    private int walkIn;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Participant() {
    }

    public Participant(long experimentId, boolean walkIn, Instant now, String byName) {
        this.experimentId = experimentId;
        this.walkIn = walkIn ? 1 : 0;
        this.createdAt = now;
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Applies a (validated) draft; a newly reached status step is dated {@code today}, earlier dates are kept. */
    public void apply(ParticipantDraft d, LocalDate today) {
        name = d.name();
        phone = d.phone();
        email = d.email();
        group = d.group();
        photoConsent = d.photoConsent();
        accessibilityNeeds = d.accessibilityNeeds();
        dietaryNeeds = d.dietaryNeeds();
        notes = d.notes();
        moveTo(d.status(), today);
    }

    public void moveTo(AttendanceStatus s, LocalDate today) {
        if (status == s) {
            return;
        }
        status = s;
        switch (s) {
            case INVITED -> invitedOn = today;
            case CONFIRMED -> confirmedOn = today;
            case INFORMED -> informedOn = today;
            case RECONFIRMED -> reconfirmedOn = today;
            case ATTENDED -> attendedOn = today;
            case ABSENT -> absentOn = today;
        }
    }

    /** Removes everything that identifies or describes the person; keeps group and status for the counts. */
    public void anonymise(Instant now) {
        name = StoredText.ANONYMOUS_PREFIX + id;
        phone = null;
        email = null;
        accessibilityNeeds = null;
        dietaryNeeds = null;
        notes = null;
        anonymisedAt = now;
    }

    /** The row as a caller with this scope may see it: what the scope leaves out is null. */
    public ParticipantRow toRow(GuestScope scope) {
        Map<AttendanceStatus, LocalDate> dates = new EnumMap<>(AttendanceStatus.class);
        put(dates, AttendanceStatus.INVITED, invitedOn);
        put(dates, AttendanceStatus.CONFIRMED, confirmedOn);
        put(dates, AttendanceStatus.INFORMED, informedOn);
        put(dates, AttendanceStatus.RECONFIRMED, reconfirmedOn);
        put(dates, AttendanceStatus.ATTENDED, attendedOn);
        put(dates, AttendanceStatus.ABSENT, absentOn);
        return new ParticipantRow(id, version, toDraft().visibleTo(scope), dates, walkIn == 1, anonymisedAt != null,
                updatedAt, updatedByName);
    }

    /** Everything the participant's details hold, as a draft. */
    public ParticipantDraft toDraft() {
        return ParticipantDraft.builder().name(name).phone(phone).email(email).group(group).status(status)
                .photoConsent(photoConsent).accessibilityNeeds(accessibilityNeeds).dietaryNeeds(dietaryNeeds)
                .notes(notes).build();
    }

    private static void put(Map<AttendanceStatus, LocalDate> m, AttendanceStatus s, LocalDate d) {
        if (d != null) {
            m.put(s, d);
        }
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public ParticipantGroup getGroup() {
        return group;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public PhotoConsent getPhotoConsent() {
        return photoConsent;
    }

    public void setPhotoConsent(PhotoConsent photoConsent) {
        this.photoConsent = photoConsent;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    /** Who this row is, for finding them in other modules' free text (export and erasure). */
    public kr.silheomjang.shared.PersonalDataHolder.Person person() {
        return new kr.silheomjang.shared.PersonalDataHolder.Person(name, phone, email);
    }
}
