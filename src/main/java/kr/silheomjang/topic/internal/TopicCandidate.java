package kr.silheomjang.topic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.CandidateRow;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.SuitabilityCheck;

/** A candidate proposal of the organisation's pool (제안함 / 후보 제안). */
@Entity
@Table(name = "topic_candidate")
public class TopicCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 6000)
    private String body;

    @Column(name = "source_platform", nullable = false, length = 50)
    private String sourcePlatform;

    @Column(name = "source_url", length = 1000)
    private String sourceUrl;

    @Column(name = "external_id", length = 200)
    private String externalId;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "proposer_known", nullable = false)
    private int proposerKnown;

    @Column(name = "proposer_name", length = 100)
    private String proposerName;

    @Column(name = "proposer_email", length = 200)
    private String proposerEmail;

    @Column(name = "proposer_phone", length = 40)
    private String proposerPhone;

    @Column(name = "proposer_sns", length = 300)
    private String proposerSns;

    @Column(length = 500)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CandidateStatus status = CandidateStatus.CANDIDATE;

    @Column(name = "check_one_off", nullable = false)
    private int checkOneOff;

    @Column(name = "check_duration", nullable = false)
    private int checkDuration;

    @Column(name = "check_not_urgent", nullable = false)
    private int checkNotUrgent;

    @Column(name = "check_group", nullable = false)
    private int checkGroup;

    @Column(name = "experiment_id")
    private Long experimentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    /** When the proposer's personal data was erased (retention or a request); null while it is kept. */
    @Column(name = "proposer_erased_at")
    private Instant proposerErasedAt;

    /** Who last edited the imported text by hand, and when; null while it is as the last import wrote it. */
    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by_name", length = 100)
    private String editedByName;

    @Version
    private long version;

    protected TopicCandidate() {
    }

    public TopicCandidate(Instant now, String byName) {
        this.createdAt = now;
        touch(now, byName);
    }

    /** Writes the (validated, cleaned) draft. */
    public void apply(CandidateDraft d) {
        title = d.title();
        body = d.body();
        sourcePlatform = d.sourcePlatform();
        sourceUrl = d.sourceUrl();
        submittedOn = d.submittedOn();
        proposerKnown = d.proposerKnown() ? 1 : 0;
        proposerName = d.proposerName();
        proposerEmail = d.proposerEmail();
        proposerPhone = d.proposerPhone();
        proposerSns = d.proposerSns();
        tags = d.tags().isEmpty() ? null : String.join(",", d.tags());
    }

    /**
     * Notes a hand edit when {@code d} changes what an import writes (title, text, link, date, proposer name), so a
     * re-import keeps the planners' words; tags and contacts are never imported and do not count.
     */
    public void noteHandEdit(CandidateDraft d, Instant now, String byName) {
        CandidateDraft old = toDraft();
        if (!Objects.equals(old.title(), d.title()) || !Objects.equals(old.body(), d.body())
                || !Objects.equals(old.sourceUrl(), d.sourceUrl())
                || !Objects.equals(old.submittedOn(), d.submittedOn()) || old.proposerKnown() != d.proposerKnown()
                || !Objects.equals(old.proposerName(), d.proposerName())) {
            editedAt = now;
            editedByName = byName;
        }
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public String getEditedByName() {
        return editedByName;
    }

    public CandidateDraft toDraft() {
        return new CandidateDraft(title, body, sourcePlatform, sourceUrl, submittedOn, proposerKnown == 1,
                proposerName, proposerEmail, proposerPhone, proposerSns, tagList());
    }

    public CandidateRow toRow() {
        return new CandidateRow(id, title, status, sourcePlatform, sourceUrl, submittedOn, proposerKnown == 1,
                proposerName, tagList(), experimentId);
    }

    private List<String> tagList() {
        return splitTags(tags);
    }

    /** The tags as stored (one comma-separated column), as a list. */
    public static List<String> splitTags(@org.jspecify.annotations.Nullable String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public Set<SuitabilityCheck> checks() {
        Set<SuitabilityCheck> s = EnumSet.noneOf(SuitabilityCheck.class);
        if (checkOneOff == 1) {
            s.add(SuitabilityCheck.ONE_OFF);
        }
        if (checkDuration == 1) {
            s.add(SuitabilityCheck.DURATION);
        }
        if (checkNotUrgent == 1) {
            s.add(SuitabilityCheck.NOT_URGENT);
        }
        if (checkGroup == 1) {
            s.add(SuitabilityCheck.GROUP);
        }
        return s;
    }

    public void setCheck(SuitabilityCheck check, boolean on) {
        int v = on ? 1 : 0;
        switch (check) {
            case ONE_OFF -> checkOneOff = v;
            case DURATION -> checkDuration = v;
            case NOT_URGENT -> checkNotUrgent = v;
            case GROUP -> checkGroup = v;
        }
    }

    /** Erases the proposer's personal fields (retention, erasure); the proposal itself stays. */
    public void eraseProposer(String erased) {
        proposerErasedAt = proposerErasedAt == null ? Instant.now() : proposerErasedAt;
        proposerName = proposerName == null ? null : erased;
        proposerEmail = null;
        proposerPhone = null;
        proposerSns = null;
    }

    public Instant getProposerErasedAt() {
        return proposerErasedAt;
    }

    public final void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSourcePlatform() {
        return sourcePlatform;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    public void setStatus(CandidateStatus status) {
        this.status = status;
    }

    public Long getExperimentId() {
        return experimentId;
    }

    public void setExperimentId(Long experimentId) {
        this.experimentId = experimentId;
    }

    public boolean isProposerKnown() {
        return proposerKnown == 1;
    }

    public String getProposerName() {
        return proposerName;
    }

    public String getProposerEmail() {
        return proposerEmail;
    }

    public String getProposerPhone() {
        return proposerPhone;
    }

    public String getProposerSns() {
        return proposerSns;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }
}
