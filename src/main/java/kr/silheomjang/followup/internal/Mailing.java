package kr.silheomjang.followup.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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

import kr.silheomjang.followup.MailTemplate;
import kr.silheomjang.followup.MailingDraft;
import kr.silheomjang.followup.MailingDetails;
import kr.silheomjang.followup.Segment;

/** A mailing: template text with merge fields and the segments it goes to; kept as it was once sent. */
@Entity
@Table(name = "followup_mailing")
public class Mailing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MailTemplate template;

    /** Segment names, comma-separated. */
    @Column(nullable = false, length = 200)
    private String segments;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 6000)
    private String body;

    @Column(name = "result_link", length = 500)
    private String resultLink;

    @Column(name = "schedule_text", length = 200)
    private String scheduleText;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_by_name", length = 100)
    private String sentByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected Mailing() {
    }

    public Mailing(long experimentId, MailTemplate template, MailingDraft draft, Instant now, String byName) {
        this.experimentId = experimentId;
        this.template = template;
        this.createdAt = now;
        apply(draft, now, byName);
    }

    public void apply(MailingDraft d, Instant now, String byName) {
        this.segments = d.segments().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.subject = d.subject();
        this.body = d.body();
        this.resultLink = d.resultLink();
        this.scheduleText = d.scheduleText();
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void markSent(Instant now, String byName) {
        this.sentAt = now;
        this.sentByName = byName;
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

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public MailTemplate getTemplate() {
        return template;
    }

    Set<Segment> segmentSet() {
        Set<Segment> out = EnumSet.noneOf(Segment.class);
        Arrays.stream(segments.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(Segment.valueOf(s)));
        return out;
    }

    public MailingDetails toView() {
        return new MailingDetails(id, version, template, segmentSet(), subject, body, resultLink, scheduleText, sentAt,
                sentByName, updatedAt, updatedByName);
    }
}
