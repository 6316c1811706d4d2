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
