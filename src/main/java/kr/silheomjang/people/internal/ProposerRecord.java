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

import kr.silheomjang.shared.StoredText;

/**
 * The per-experiment people record: the proposer's contacts and the caveats explained to them, (the meeting is the calendar's proposer meeting), or the public
 * pre-announcement when the proposer is unknown; and the personal-data retention setting.
 */
@Entity
@Table(name = "proposer_record")
public class ProposerRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(name = "proposer_known", nullable = false)
    private int proposerKnown = 1;

    @Column(name = "proposer_name", length = 100)
    private String proposerName;
    @Column(name = "contact_email", length = 254)
    private String contactEmail;
    @Column(name = "contact_phone", length = 40)
    private String contactPhone;
    @Column(name = "contact_other", length = 300)
    private String contactOther;

    @Column(name = "caveat_one_off_at")
    private Instant caveatOneOffAt;
    @Column(name = "caveat_duration_at")
    private Instant caveatDurationAt;
    @Column(name = "caveat_not_policy_at")
    private Instant caveatNotPolicyAt;
    @Column(name = "caveat_organiser_at")
    private Instant caveatOrganiserAt;
    @Column(name = "caveats_by_name", length = 100)
    private String caveatsByName;

    @Column(name = "notice_channel", length = 200)
    private String noticeChannel;
    @Column(name = "notice_date")
    private LocalDate noticeDate;
    @Column(name = "notice_link", length = 500)
    private String noticeLink;

    @Column(name = "retention_days")
    private Integer retentionDays;
    @Column(name = "contacts_erased_at")
    private Instant contactsErasedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected ProposerRecord() {
    }

    public ProposerRecord(long experimentId, Instant now, String byName) {
        this.experimentId = experimentId;
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        updatedAt = now;
        updatedByName = byName;
    }

    public void eraseContacts(Instant now) {
        proposerName = proposerName == null ? null : StoredText.marker("stored.anonymous");
        contactEmail = null;
        contactPhone = null;
        contactOther = null;
        contactsErasedAt = now;
    }

    public Long getId() { return id; }
    public long getExperimentId() { return experimentId; }
    public boolean isProposerKnown() { return proposerKnown == 1; }
    public void setProposerKnown(boolean known) { proposerKnown = known ? 1 : 0; }
    public String getProposerName() { return proposerName; }
    public void setProposerName(String v) { proposerName = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactOther() { return contactOther; }
    public void setContactOther(String v) { contactOther = v; }
    public Instant getCaveatOneOffAt() { return caveatOneOffAt; }
    public void setCaveatOneOffAt(Instant v) { caveatOneOffAt = v; }
    public Instant getCaveatDurationAt() { return caveatDurationAt; }
    public void setCaveatDurationAt(Instant v) { caveatDurationAt = v; }
    public Instant getCaveatNotPolicyAt() { return caveatNotPolicyAt; }
    public void setCaveatNotPolicyAt(Instant v) { caveatNotPolicyAt = v; }
    public Instant getCaveatOrganiserAt() { return caveatOrganiserAt; }
    public void setCaveatOrganiserAt(Instant v) { caveatOrganiserAt = v; }
    public String getCaveatsByName() { return caveatsByName; }
    public void setCaveatsByName(String v) { caveatsByName = v; }
    public String getNoticeChannel() { return noticeChannel; }
    public void setNoticeChannel(String v) { noticeChannel = v; }
    public LocalDate getNoticeDate() { return noticeDate; }
    public void setNoticeDate(LocalDate v) { noticeDate = v; }
    public String getNoticeLink() { return noticeLink; }
    public void setNoticeLink(String v) { noticeLink = v; }
    public Integer getRetentionDays() { return retentionDays; }
    public void setRetentionDays(Integer v) { retentionDays = v; }
    public Instant getContactsErasedAt() { return contactsErasedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
