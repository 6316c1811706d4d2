package kr.silheomjang.followup.internal;

import java.time.Instant;

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

import kr.silheomjang.followup.ProposalStatus;
import kr.silheomjang.followup.RetroBoard;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;

/** A "next time" action made from one retrospective item, and its proposal to a planning template. */
@Entity
@Table(name = "retro_action")
public class RetroAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Column(nullable = false, length = 500)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RetroParty party;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RetroKind kind;

    @Column(name = "source_ref", nullable = false, length = 40)
    private String sourceRef;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProposalStatus proposal = ProposalStatus.NONE;

    @Column(name = "template_item_id")
    private Long templateItemId;

    @Column(name = "template_item_title", length = 200)
    private String templateItemTitle;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    @Version
    private long version;

    protected RetroAction() {
    }

    public RetroAction(long experimentId, String body, RetroParty party, RetroKind kind, String sourceRef,
            Instant now, String byName) {
        this.experimentId = experimentId;
        this.body = body;
        this.party = party;
        this.kind = kind;
        this.sourceRef = sourceRef;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedByName = byName;
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

    public String getBody() {
        return body;
    }

    public ProposalStatus getProposal() {
        return proposal;
    }

    public Long getTemplateItemId() {
        return templateItemId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public void propose(long itemId, String itemTitle, Instant now, String byName) {
        this.proposal = ProposalStatus.PROPOSED;
        this.templateItemId = itemId;
        this.templateItemTitle = itemTitle;
        touch(now, byName);
    }

    public void decide(ProposalStatus outcome, Instant now, String byName) {
        this.proposal = outcome;
        touch(now, byName);
    }

    private void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public RetroBoard.Action toView() {
        return new RetroBoard.Action(id, version, body, party, kind, sourceRef, proposal, templateItemId,
                templateItemTitle, updatedByName, updatedAt);
    }
}
