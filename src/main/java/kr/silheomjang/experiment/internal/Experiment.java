package kr.silheomjang.experiment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.experiment.Stage;

@Entity
@Table(name = "experiment")
public class Experiment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "proposal_text", nullable = false, length = 2000)
    private String proposalText;

    @Column(name = "proposal_url", length = 500)
    private String proposalUrl;

    @Column(name = "proposer_name", length = 100)
    private String proposerName;

    @Column(length = 4000)
    private String purpose;

    @Column(name = "planning_start", nullable = false)
    private LocalDate planningStart;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(name = "follow_up_end", nullable = false)
    private LocalDate followUpEnd;

    // VARCHAR, not a native ENUM: the same migration must serve H2 and MySQL.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.TOPIC_SELECTION;

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** Closed by its owner once the follow-up is done: read-only for everyone from then on (V38). */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_name", length = 100)
    private String closedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false, length = 100)
    private String updatedByName;

    // What partner guests may see of participants (0/1, no BOOLEAN columns); see GuestScope.
    @Column(name = "guest_sees_contacts", nullable = false)
    private int guestSeesContacts;

    @Column(name = "guest_sees_needs", nullable = false)
    private int guestSeesNeeds;

    @Column(name = "guest_sees_notes", nullable = false)
    private int guestSeesNotes;

    @Version
    private long version;

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ExperimentQuestion> questions = new ArrayList<>();

    protected Experiment() {
    }

    public Experiment(Instant now, String byName) {
        this.createdAt = now;
        touch(now, byName);
    }

    /** Every change records who made it and when: a later conflicting save names them. */
    public void touch(Instant now, String byName) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Replaces the questions in order, keeping the ids (and so later verdicts) of those whose position stays. */
    public void replaceQuestions(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (i < questions.size()) {
                questions.get(i).update(i, texts.get(i));
            } else {
                questions.add(new ExperimentQuestion(this, i, texts.get(i)));
            }
        }
        while (questions.size() > texts.size()) {
            questions.remove(questions.size() - 1);
        }
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

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProposalText() {
        return proposalText;
    }

    public void setProposalText(String proposalText) {
        this.proposalText = proposalText;
    }

    public String getProposalUrl() {
        return proposalUrl;
    }

    public void setProposalUrl(String proposalUrl) {
        this.proposalUrl = proposalUrl;
    }

    public String getProposerName() {
        return proposerName;
    }

    public void setProposerName(String proposerName) {
        this.proposerName = proposerName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getPlanningStart() {
        return planningStart;
    }

    public void setPlanningStart(LocalDate planningStart) {
        this.planningStart = planningStart;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public LocalDate getFollowUpEnd() {
        return followUpEnd;
    }

    public void setFollowUpEnd(LocalDate followUpEnd) {
        this.followUpEnd = followUpEnd;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public void setArchivedAt(Instant archivedAt) {
        this.archivedAt = archivedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedByName() {
        return closedByName;
    }

    public void close(Instant now, String byName) {
        this.closedAt = now;
        this.closedByName = byName;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    public List<ExperimentQuestion> getQuestions() {
        return questions;
    }

    public GuestScope getGuestScope() {
        return new GuestScope(guestSeesContacts == 1, guestSeesNeeds == 1, guestSeesNotes == 1);
    }

    public void setGuestScope(GuestScope scope) {
        guestSeesContacts = scope.contacts() ? 1 : 0;
        guestSeesNeeds = scope.needs() ? 1 : 0;
        guestSeesNotes = scope.notes() ? 1 : 0;
    }

    /** The draft that would save this experiment unchanged (to tell which fields an edit changed). */
    public ExperimentDraft toDraft() {
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle(getTitle());
        d.setProposalText(getProposalText());
        d.setProposalUrl(getProposalUrl());
        d.setProposerName(getProposerName());
        d.setPurpose(getPurpose());
        d.setPlanningStart(getPlanningStart());
        d.setEventDate(getEventDate());
        d.setFollowUpEnd(getFollowUpEnd());
        d.setQuestions(getQuestions().stream().map(ExperimentQuestion::getText).toList());
        return d;
    }

    /** Takes what the (validated) draft says. */
    public void apply(ExperimentDraft d) {
        setTitle((String) d.value("title"));
        setProposalText((String) d.value("proposalText"));
        setProposalUrl(emptyToNull((String) d.value("proposalUrl")));
        setProposerName(emptyToNull((String) d.value("proposerName")));
        setPurpose(emptyToNull((String) d.value("purpose")));
        setPlanningStart(d.getPlanningStart());
        setEventDate(d.getEventDate());
        setFollowUpEnd(d.getFollowUpEnd());
        replaceQuestions(d.cleanQuestions());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
