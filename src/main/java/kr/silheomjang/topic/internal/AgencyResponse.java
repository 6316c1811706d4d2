package kr.silheomjang.topic.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.Length;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.topic.AgencyResponseDraft;
import kr.silheomjang.topic.AgencyResponseView;

/** One entry of a candidate's agency log (기관 답변 요청 및 인터뷰), with an optional attachment. */
@Entity
@Table(name = "topic_agency_response")
public class AgencyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(nullable = false, length = 200)
    private String agency;

    @Column(name = "asked_on", nullable = false)
    private LocalDate askedOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(length = 4000)
    private String summary;

    @Column(name = "attachment_name", length = 255)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "attachment_data", length = Length.LONG32)
    private byte[] attachmentData;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected AgencyResponse() {
    }

    public AgencyResponse(long candidateId, Instant now, String byName) {
        this.candidateId = candidateId;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public void apply(AgencyResponseDraft d) {
        agency = d.agency();
        askedOn = d.askedOn();
        answeredOn = d.answeredOn();
        summary = d.summary();
    }

    public void attach(String name, String type, byte[] data) {
        attachmentName = name;
        attachmentType = type;
        attachmentData = data;
    }

    public void touch(Instant now, String byName) {
        updatedAt = now;
        updatedByName = byName;
    }

    public AgencyResponseView toView() {
        return new AgencyResponseView(id, version, agency, askedOn, answeredOn, summary, attachmentName, updatedByName,
                updatedAt);
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public long getVersion() {
        return version;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachmentData() {
        return attachmentData;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }
}
