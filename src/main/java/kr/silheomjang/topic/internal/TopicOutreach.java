package kr.silheomjang.topic.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.topic.MeetingNotesDraft;
import kr.silheomjang.topic.NoticeDraft;

/**
 * Outreach to one candidate's proposer: meeting notes on the guide's agenda, the caveats explained, the meeting day
 * while the candidate has no experiment (afterwards the experiment's calendar holds it), and the pre-announcement.
 */
@Entity
@Table(name = "topic_outreach")
public class TopicOutreach {

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;
    @Column(length = 2000)
    private String background;
    @Column(length = 2000)
    private String network;
    @Column(length = 2000)
    private String campaign;
    @Column(name = "will_note", length = 2000)
    private String will;
    @Column(name = "caveat_duration_at")
    private Instant caveatDurationAt;
    @Column(name = "caveat_organiser_at")
    private Instant caveatOrganiserAt;
    @Column(name = "caveats_by_name", length = 100)
    private String caveatsByName;
    @Column(name = "notice_purpose", length = 1000)
    private String noticePurpose;
    @Column(name = "notice_date")
    private LocalDate noticeDate;
    @Column(name = "notice_contact", length = 300)
    private String noticeContact;
    @Column(name = "notice_channel", length = 200)
    private String noticeChannel;
    @Column(name = "notice_link", length = 500)
    private String noticeLink;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;
    @Version
    private long version;

    protected TopicOutreach() {
    }

    public TopicOutreach(long candidateId, Instant now, String byName) {
        this.candidateId = candidateId;
        touch(now, byName);
    }

    public void touch(Instant now, String byName) {
        updatedAt = now;
        updatedByName = byName;
    }

    /** Takes the (validated, stripped) notes; a caveat ticked keeps when it was first ticked. */
    public void apply(MeetingNotesDraft d, boolean keepMeetingDate, Instant now, String byName) {
        if (!keepMeetingDate) {
            meetingDate = d.meetingDate();
        }
        background = d.background();
        network = d.network();
        campaign = d.campaign();
        will = d.will();
        if (d.durationExplained() != (caveatDurationAt != null) || d.organiserExplained() != (caveatOrganiserAt != null)) {
            caveatsByName = byName;
        }
        caveatDurationAt = d.durationExplained() ? (caveatDurationAt == null ? now : caveatDurationAt) : null;
        caveatOrganiserAt = d.organiserExplained() ? (caveatOrganiserAt == null ? now : caveatOrganiserAt) : null;
    }

    public void apply(NoticeDraft d) {
        noticePurpose = d.purpose();
        noticeDate = d.date();
        noticeContact = d.contact();
        noticeChannel = d.channel();
        noticeLink = d.link();
    }

    public MeetingNotesDraft notes() {
        return new MeetingNotesDraft(meetingDate, background, network, campaign, will, caveatDurationAt != null,
                caveatOrganiserAt != null);
    }

    public NoticeDraft notice() {
        return new NoticeDraft(noticePurpose, noticeDate, noticeContact, noticeChannel, noticeLink);
    }

    /** Retention: the notes about the proposer go; the caveats and the notice (the institution's) stay. */
    public void eraseProposerNotes() {
        background = null;
        network = null;
        campaign = null;
        will = null;
    }

    /** After carrying into an experiment: the caveats and the notice's channel, date and link are the experiment's. */
    public void clearCarried() {
        meetingDate = null;
        caveatDurationAt = null;
        caveatOrganiserAt = null;
        noticeChannel = null;
        noticeDate = null;
        noticeLink = null;
    }

    public void setMeetingDate(LocalDate v) { meetingDate = v; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public Instant getCaveatDurationAt() { return caveatDurationAt; }
    public Instant getCaveatOrganiserAt() { return caveatOrganiserAt; }
    public String getCaveatsByName() { return caveatsByName; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedByName() { return updatedByName; }
    public long getVersion() { return version; }
}
