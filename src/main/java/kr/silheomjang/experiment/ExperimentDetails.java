package kr.silheomjang.experiment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the overview shows, read in one transaction. {@code version} is what a later save must match. Members'
 * e-mail addresses are null for partner guests (except their own); {@code guestScope} is the owner's setting of what
 * partner guests see of the participants.
 */
public record ExperimentDetails(long id, long version, String title, String proposalText, String proposalUrl,
        String proposerName, String purpose, LocalDate planningStart, LocalDate eventDate, LocalDate followUpEnd,
        Stage stage, Instant archivedAt, Instant updatedAt, String updatedByName, List<QuestionView> questions,
        List<MemberView> members, MemberRole myRole, GuestScope guestScope) {

    public boolean archived() {
        return archivedAt != null;
    }

    /**
     * The same details with no member's address: for a value several guests share (a guest's own read holds their
     * address, which the others must not get).
     */
    public ExperimentDetails withoutMemberAddresses() {
        if (members.stream().allMatch(m -> m.email() == null)) {
            return this;
        }
        List<MemberView> none = members.stream().map(m -> m.email() == null ? m
                : new MemberView(m.memberId(), m.userId(), m.displayName(), null, m.role(), m.version())).toList();
        return new ExperimentDetails(id, version, title, proposalText, proposalUrl, proposerName, purpose,
                planningStart, eventDate, followUpEnd, stage, archivedAt, updatedAt, updatedByName, questions, none,
                myRole, guestScope);
    }

    public ExperimentDraft toDraft() {
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle(title);
        d.setProposalText(proposalText);
        d.setProposalUrl(proposalUrl);
        d.setProposerName(proposerName);
        d.setPurpose(purpose);
        d.setPlanningStart(planningStart);
        d.setEventDate(eventDate);
        d.setFollowUpEnd(followUpEnd);
        d.setQuestions(questions.stream().map(QuestionView::text).toList());
        return d;
    }
}
