package kr.silheomjang.topic;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.people.Caveat;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.ProposerView;
import kr.silheomjang.topic.internal.PendingConsent;
import kr.silheomjang.topic.internal.PendingConsentRepository;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicOutreach;
import kr.silheomjang.topic.internal.TopicOutreachRepository;

/**
 * The experiment's side of a linked candidate's outreach: the meeting day, the caveats explained, the notice's
 * channel, date and link and the consent answers belong to the experiment (its calendar and consent log, module
 * people), so the pool writes them through {@link ProposerConsentService} and keeps no copy. Carrying a candidate's
 * outreach into a new experiment moves what the pool held until then.
 */
@Component
class ProposerSide {

    private final ProposerConsentService proposers;
    private final ExperimentAccess access;
    private final PendingConsentRepository pending;
    private final TopicOutreachRepository outreach;

    ProposerSide(ProposerConsentService proposers, ExperimentAccess access, PendingConsentRepository pending,
            TopicOutreachRepository outreach) {
        this.proposers = proposers;
        this.access = access;
        this.pending = pending;
        this.outreach = outreach;
    }

    /** Whether the caller may see the experiment's proposer record (members only). */
    boolean visible(long experimentId) {
        try {
            access.requireMember(experimentId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    ProposerView view(long experimentId) {
        return proposers.get(experimentId);
    }

    /** Changes the experiment's proposer record (its meeting day goes to the calendar). */
    void save(long experimentId, UnaryOperator<ProposerDraft> change) {
        ProposerView v = proposers.get(experimentId);
        proposers.save(experimentId, v.version(), v.meeting(), change.apply(v.draft()));
    }

    void meetingDate(long experimentId, @Nullable LocalDate date) {
        save(experimentId, d -> new ProposerDraft(d.proposerKnown(), d.name(), d.email(), d.phone(),
                d.otherChannel(), date, d.noticeChannel(), d.noticeDate(), d.noticeLink()));
    }

    /** 3~6개월·정책화가 아님 is the guide's duration and not-policy caveats; 기획 주체는 기관 is the organiser's. */
    void caveats(long experimentId, boolean durationExplained, boolean organiserExplained) {
        caveat(experimentId, Caveat.DURATION, durationExplained);
        caveat(experimentId, Caveat.NOT_POLICY, durationExplained);
        caveat(experimentId, Caveat.ORGANISER_PLANS, organiserExplained);
    }

    private void caveat(long experimentId, Caveat caveat, boolean explained) {
        ProposerView v = proposers.get(experimentId);
        if (v.caveatsExplained().containsKey(caveat) != explained) {
            proposers.setCaveatExplained(experimentId, v.version(), caveat, explained);
        }
    }

    void recordConsent(long experimentId, kr.silheomjang.people.ConsentKind kind,
            kr.silheomjang.people.ConsentDecision decision, String how, LocalDate on) {
        proposers.recordConsent(experimentId, kind, decision, how, on);
    }

    static boolean durationExplained(ProposerView v) {
        return v.caveatsExplained().containsKey(Caveat.DURATION) && v.caveatsExplained().containsKey(Caveat.NOT_POLICY);
    }

    static boolean organiserExplained(ProposerView v) {
        return v.caveatsExplained().containsKey(Caveat.ORGANISER_PLANS);
    }

    /**
     * 실험장으로 만들기: the proposer's name and contacts, the meeting day, the notice, the caveats and every consent
     * answer given so far go into the new experiment's proposer record and consent log, and leave the pool (one copy).
     */
    void carryInto(TopicCandidate c, long experimentId) {
        TopicOutreach o = outreach.findById(c.getId()).orElse(null);
        MeetingNotesDraft notes = o == null ? null : o.notes();
        NoticeDraft notice = o == null ? null : o.notice();
        CandidateDraft d = c.toDraft();
        ProposerView v = proposers.get(experimentId);
        proposers.save(experimentId, v.version(), v.meeting(), new ProposerDraft(d.proposerKnown(), d.proposerName(),
                d.proposerEmail(), d.proposerPhone(), d.proposerSns(), notes == null ? null : notes.meetingDate(),
                notice == null ? null : TopicWrites.cutOrNull(notice.channel(), 200),
                notice == null ? null : notice.date(), notice == null ? null : notice.link()));
        if (o != null && notes != null) {
            caveats(experimentId, notes.durationExplained(), notes.organiserExplained());
            o.clearCarried();
        }
        for (PendingConsent p : pending.findByCandidateIdOrderByIdAsc(c.getId())) {
            proposers.recordConsent(experimentId, p.getKind(), p.getDecision(), p.getObtainedHow(),
                    p.getObtainedOn());
            pending.delete(p);
        }
    }
}
