package kr.silheomjang.people.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.people.RecruitmentSettings;

/** The public sign-up form of one experiment. The notice version goes up whenever the privacy notice text changes. */
@Entity
@Table(name = "recruitment")
public class Recruitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "public_token", nullable = false, length = 64)
    private String token;

    @Column(nullable = false)
    private int accepting;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String intro;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "max_applications")
    private Integer maxApplications;

    @Column(length = 3000)
    private String questions;

    @Column(name = "notice_purpose", nullable = false, length = 1000)
    private String noticePurpose;

    @Column(name = "notice_items", nullable = false, length = 1000)
    private String noticeItems;

    @Column(name = "notice_retention", nullable = false, length = 500)
    private String noticeRetention;

    @Column(name = "notice_refusal", nullable = false, length = 1000)
    private String noticeRefusal;

    @Column(name = "notice_version", nullable = false)
    private int noticeVersion;

    @Column(name = "event_info", length = 2000)
    private String eventInfo;

    @Column(name = "reconfirm_days")
    private Integer reconfirmDays;

    // Written only by ReconfirmJob (plain SQL under the form's row lock); read-only here so a settings save never
    // writes back a stale value.
    @Column(name = "reconfirm_run_on", insertable = false, updatable = false)
    private LocalDate reconfirmRunOn;

    @Column(name = "reconfirm_run_at", insertable = false, updatable = false)
    private Instant reconfirmRunAt;

    @Column(name = "reconfirm_queued", insertable = false, updatable = false)
    private Integer reconfirmQueued;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Recruitment() {
    }

    public Recruitment(long experimentId, String token, RecruitmentSettings s, Instant now, String byName) {
        this.experimentId = experimentId;
        this.token = token;
        this.noticeVersion = 0;
        apply(s, now, byName);
    }

    /** Applies (validated) settings; a changed privacy notice is a new version. */
    public void apply(RecruitmentSettings s, Instant now, String byName) {
        boolean noticeChanged = noticeVersion == 0 || !s.noticePurpose().equals(noticePurpose)
                || !s.noticeItems().equals(noticeItems) || !s.noticeRetention().equals(noticeRetention)
                || !s.noticeRefusal().equals(noticeRefusal);
        title = s.title();
        intro = s.intro();
        opensOn = s.opensOn();
        closesOn = s.closesOn();
        capacity = s.capacity();
        maxApplications = s.maxApplications();
        questions = String.join("\n", s.questions());
        noticePurpose = s.noticePurpose();
        noticeItems = s.noticeItems();
        noticeRetention = s.noticeRetention();
        noticeRefusal = s.noticeRefusal();
        eventInfo = s.eventInfo();
        reconfirmDays = s.reconfirmDaysBefore();
        if (noticeChanged) {
            noticeVersion++;
        }
        touch(now, byName);
    }

    public void setAccepting(boolean on, Instant now, String byName) {
        accepting = on ? 1 : 0;
        touch(now, byName);
    }

    private void touch(Instant now, String byName) {
        updatedAt = now;
        updatedByName = byName;
    }

    public RecruitmentSettings toSettings() {
        return new RecruitmentSettings(title, intro, opensOn, closesOn, capacity, maxApplications,
                questions == null || questions.isBlank() ? java.util.List.of() : java.util.List.of(questions.split("\n")),
                noticePurpose, noticeItems, noticeRetention, noticeRefusal, eventInfo, reconfirmDays);
    }

    public Long getId() {
        return id;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public String getToken() {
        return token;
    }

    public boolean isAccepting() {
        return accepting == 1;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getMaxApplications() {
        return maxApplications;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getNoticeVersion() {
        return noticeVersion;
    }

    public Integer getReconfirmDays() {
        return reconfirmDays;
    }

    public LocalDate getReconfirmRunOn() {
        return reconfirmRunOn;
    }

    public Instant getReconfirmRunAt() {
        return reconfirmRunAt;
    }

    public Integer getReconfirmQueued() {
        return reconfirmQueued;
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
