package kr.silheomjang.topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.CallerWords;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.topic.internal.ScreeningEntry;
import kr.silheomjang.topic.internal.ScreeningEntryRepository;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicDecision;
import kr.silheomjang.topic.internal.TopicDecisionRepository;

/**
 * The selection meeting's decisions (audit records with reasons) and 실험장으로 만들기 from a selected candidate.
 * Open to accounts that may start experiments.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SelectionService {

    private final ScreeningEntryRepository screening;
    private final TopicDecisionRepository decisions;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final ProposerSide proposer;
    private final TopicWrites writes;
    /** The drafts below are written in the language of the planner who makes the experiment. */
    private final CallerWords words;

    SelectionService(ScreeningEntryRepository screening, TopicDecisionRepository decisions, ExperimentAccess access,
            ExperimentService experiments, ProposerSide proposer, TopicWrites writes, CallerWords words) {
        this.words = words;
        this.screening = screening;
        this.decisions = decisions;
        this.access = access;
        this.experiments = experiments;
        this.proposer = proposer;
        this.writes = writes;
    }

    /**
     * The selection meeting's decision on a candidate, with reasons: an audit record (who, when) that is never
     * edited; a later decision is a new record. Sets the candidate's status.
     */
    public void decide(long candidateId, long expectedVersion, SelectionDecision decision, String reasons) {
        access.requireMayStartExperiments();
        List<String> errors = new ArrayList<>();
        if (decision == null) {
            errors.add("topic.decision.error.required");
        }
        String why = Texts.stripToNull(reasons);
        if (why == null) {
            errors.add("topic.decision.error.reasonsRequired");
        } else if (why.length() > 2000) {
            errors.add("topic.decision.error.reasonsTooLong");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        TopicCandidate c = writes.load(candidateId, expectedVersion);
        AppUser me = writes.me();
        decisions.save(new TopicDecision(candidateId, decision, why, me.id(), me.displayName(), writes.clock().instant()));
        c.setStatus(decision.status());
        writes.touch(c);
    }

    /**
     * 실험장으로 만들기: from a selected candidate, one transaction creates the experiment (the caller its owner) in
     * stage 기획, prefilled with the proposal text and link, the proposer (name, contacts, meeting day, caveats
     * and consent answers moved into the people module's proposer record and consent log), a purpose draft and
     * experiment questions drafted from the screening notes, and links the
     * candidate to it. Any refusal (dates, a second link) rolls everything back.
     */
    public long createExperiment(long candidateId, long expectedVersion, LocalDate planningStart,
            LocalDate eventDate, LocalDate followUpEnd) {
        access.requireMayStartExperiments();
        TopicCandidate c = writes.load(candidateId, expectedVersion);
        if (c.getStatus() != CandidateStatus.SELECTED) {
            throw new UserFacingException("topic.make.error.notSelected");
        }
        if (c.getExperimentId() != null) {
            throw new UserFacingException("topic.make.error.alreadyLinked");
        }
        CandidateDraft d = c.toDraft();
        List<ScreeningEntry> notes = screening.findByCandidateIdOrderByIdAsc(candidateId);
        ExperimentDraft draft = new ExperimentDraft();
        draft.setTitle(TopicWrites.cut(d.title(), 200));
        draft.setProposalText(TopicWrites.cut(d.body(), 2000));
        draft.setProposalUrl(d.sourceUrl() == null ? "" : d.sourceUrl());
        draft.setProposerName(d.proposerKnown() && d.proposerName() != null ? d.proposerName() : "");
        draft.setPurpose(TopicWrites.cut(purposeDraft(d, notes), 4000));
        draft.setQuestions(questionDrafts(d, notes));
        draft.setPlanningStart(planningStart);
        draft.setEventDate(eventDate);
        draft.setFollowUpEnd(followUpEnd);
        long experimentId = experiments.create(draft);
        // The proposer, the meeting day, the caveats and every consent answer so far: moved, not copied.
        proposer.carryInto(c, experimentId);
        c.setExperimentId(experimentId);
        writes.touch(c);
        // The stage guide asks why 주제 선정 is left with open items (e.g. consent not yet recorded): the decision is
        // the reason, and the activity feed keeps it with the items that were open.
        experiments.moveStage(experimentId, experiments.get(experimentId).version(), Stage.PLANNING,
                TopicWrites.cut(words.get("topic.select.stageReason", latestReasons(candidateId)), 500));
        return experimentId;
    }

    private String latestReasons(long candidateId) {
        return decisions.findByCandidateIdOrderByDecidedAtDescIdDesc(candidateId).stream().findFirst()
                .map(dec -> dec.toView().reasons()).orElse("");
    }

    /** The guide's purpose line for the proposal, with the latest decision's reasons as the case for it. */
    private String purposeDraft(CandidateDraft d, List<ScreeningEntry> notes) {
        StringBuilder p = new StringBuilder(words.get("topic.select.purpose", d.title()));
        notes.stream().map(ScreeningEntry::toView)
                .filter(e -> e.question() == ScreeningQuestion.ALTERNATIVE && e.note() != null)
                .forEach(e -> p.append("\n").append(words.get("topic.select.alternative", e.userName(), e.note())));
        return p.toString();
    }

    /**
     * Experiment questions from the screening notes on effect and difficulty (the guide: questions come from the
     * proposal's effect and the agency's difficulties), at most ten; the guide's general question when there are none.
     */
    private List<String> questionDrafts(CandidateDraft d, List<ScreeningEntry> notes) {
        List<String> questions = new ArrayList<>();
        for (ScreeningEntry e : notes) {
            ScreeningEntryView v = e.toView();
            if (v.note() != null && v.question() != ScreeningQuestion.ALTERNATIVE && questions.size() < 10) {
                String key = v.question() == ScreeningQuestion.EFFECT ? "topic.select.effect" : "topic.select.difficulty";
                questions.add(TopicWrites.cut(words.get(key, v.note()), 1000));
            }
        }
        if (questions.isEmpty()) {
            questions.add(TopicWrites.cut(words.get("topic.select.question", d.title()), 1000));
        }
        return questions;
    }

}
