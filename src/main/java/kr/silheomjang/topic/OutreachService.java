package kr.silheomjang.topic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.ProposerView;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.topic.internal.OutreachEntry;
import kr.silheomjang.topic.internal.OutreachEntryRepository;
import kr.silheomjang.topic.internal.PendingConsent;
import kr.silheomjang.topic.internal.PendingConsentRepository;
import kr.silheomjang.topic.internal.TopicCandidate;
import kr.silheomjang.topic.internal.TopicOutreach;
import kr.silheomjang.topic.internal.TopicOutreachRepository;

/**
 * Outreach to a candidate's proposer (§2 제안자): for a known proposer the log (취지와 맥락 소개 → 참여의사 확인 → 미팅 날짜
 * 확정 / 제안 콘텐츠 활용 확인), the meeting notes on the guide's agenda with the caveats explained, and the consent
 * answers; for an unknown one the pre-announcement. Once the candidate has an experiment, its meeting day, caveats,
 * notice channel and consents are written through the people module ({@link ProposerSide}): one copy. Open to
 * accounts that may start experiments; what belongs to the experiment needs its membership too.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OutreachService {

    static final int MAX_NOTE = 2000;

    private final TopicOutreachRepository outreach;
    private final OutreachEntryRepository entries;
    private final PendingConsentRepository pending;
    private final ExperimentAccess access;
    private final TopicWrites writes;
    private final ProposerSide experiment;

    OutreachService(TopicOutreachRepository outreach, OutreachEntryRepository entries,
            PendingConsentRepository pending, ExperimentAccess access, TopicWrites writes, ProposerSide experiment) {
        this.outreach = outreach;
        this.entries = entries;
        this.pending = pending;
        this.access = access;
        this.writes = writes;
        this.experiment = experiment;
    }

    @Transactional(readOnly = true)
    public OutreachView outreach(long candidateId) {
        access.requireMayStartExperiments();
        TopicCandidate c = writes.candidate(candidateId);
        TopicOutreach o = outreach.findById(candidateId).orElse(null);
        List<OutreachEntryView> log = entries.findByCandidateIdOrderByHappenedOnDescIdDesc(candidateId).stream()
                .map(OutreachEntry::toView).toList();
        MeetingNotesDraft notes = o == null ? new MeetingNotesDraft(null, null, null, null, null, false, false)
                : o.notes();
        NoticeDraft notice = o == null ? new NoticeDraft(null, null, null, null, null) : o.notice();
        Instant caveatsAt = o == null ? null : latest(o.getCaveatDurationAt(), o.getCaveatOrganiserAt());
        String caveatsBy = o == null ? null : o.getCaveatsByName();
        List<ConsentEntryView> consents;
        ProposerView experimentSide = null;
        Long exp = c.getExperimentId();
        boolean visible = exp != null && experiment.visible(exp);
        if (exp == null) {
            consents = pending.findByCandidateIdOrderByIdAsc(candidateId).stream().map(PendingConsent::toView)
                    .toList().reversed();
        } else if (visible) {
            ProposerView p = experiment.view(exp);
            experimentSide = p;
            ProposerDraft pd = p.draft();
            notes = experimentNotes(p, notes);
            notice = new NoticeDraft(notice.purpose(), pd.noticeDate(), notice.contact(), pd.noticeChannel(),
                    pd.noticeLink());
            caveatsAt = p.caveatsExplained().values().stream().max(Instant::compareTo).orElse(null);
            caveatsBy = p.caveatsByName();
            consents = p.history();
        } else {
            consents = List.of();
        }
        Instant updatedAt = o == null ? null : o.getUpdatedAt();
        String updatedBy = o == null ? null : o.getUpdatedByName();
        if (experimentSide != null && experimentSide.updatedAt() != null
                && (updatedAt == null || experimentSide.updatedAt().isAfter(updatedAt))) {
            // The form's fields that live in the experiment were last changed there: a live note or a conflict
            // names that person, not whoever last saved the pool's own notes.
            updatedAt = experimentSide.updatedAt();
            updatedBy = experimentSide.updatedByName();
        }
        return new OutreachView(candidateId, c.isProposerKnown(), o == null ? -1 : o.getVersion(), log, notes,
                caveatsAt, caveatsBy, notice, consents, exp, visible, updatedAt, updatedBy);
    }

    /**
     * Adds a step to the outreach log, in the guide's order: 참여의사 확인 after 취지와 맥락 소개; 미팅 날짜 확정 only
     * when the proposer wants to take part (it sets the meeting day); 제안 콘텐츠 활용 확인 only when they do not (it
     * records the consent to use the proposal).
     */
    public void logStep(long candidateId, OutreachEntryDraft draft) {
        access.requireMayStartExperiments();
        List<String> errors = new ArrayList<>();
        if (draft == null || draft.step() == null) {
            throw new UserFacingException("topic.outreach.error.stepRequired");
        }
        if (draft.on() == null) {
            errors.add("topic.outreach.error.dateRequired");
        } else if (draft.on().isAfter(writes.today())) {
            errors.add("topic.outreach.error.dateInFuture");
        }
        String channel = Texts.stripToNull(draft.channel());
        if (channel != null && channel.length() > 100) {
            errors.add("topic.outreach.error.channelTooLong");
        }
        String note = Texts.stripToNull(draft.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.add("topic.outreach.error.noteTooLong");
        }
        OutreachStep step = draft.step();
        if ((step == OutreachStep.INTENT_CHECKED || step == OutreachStep.CONTENT_USE_CONFIRMED)
                && draft.answer() == null) {
            errors.add("topic.outreach.error.answerRequired");
        }
        if (step == OutreachStep.MEETING_SET && draft.meetingDate() == null) {
            errors.add("topic.outreach.error.meetingRequired");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        if (!c.isProposerKnown()) {
            throw new UserFacingException("topic.outreach.error.unknownProposer");
        }
        List<OutreachEntry> before = entries.findByCandidateIdOrderByHappenedOnDescIdDesc(candidateId);
        OutreachAnswer intent = before.stream().filter(e -> e.getStep() == OutreachStep.INTENT_CHECKED)
                .map(OutreachEntry::getAnswer).findFirst().orElse(null);
        if (step == OutreachStep.INTENT_CHECKED && before.stream().noneMatch(e -> e.getStep() == OutreachStep.INTRODUCED)) {
            throw new UserFacingException("topic.outreach.error.introduceFirst");
        }
        if (step == OutreachStep.MEETING_SET && intent != OutreachAnswer.WANTS) {
            throw new UserFacingException("topic.outreach.error.meetingNeedsWish");
        }
        if (step == OutreachStep.CONTENT_USE_CONFIRMED && intent != OutreachAnswer.DECLINES) {
            throw new UserFacingException("topic.outreach.error.contentNeedsNoWish");
        }
        AppUser me = writes.me();
        OutreachAnswer answer = step == OutreachStep.INTRODUCED || step == OutreachStep.MEETING_SET ? null
                : draft.answer();
        entries.save(new OutreachEntry(candidateId, step, draft.on(), channel, answer, note, me.displayName(),
                writes.clock().instant()));
        if (step == OutreachStep.MEETING_SET) {
            setMeetingDate(c, draft.meetingDate());
        }
        if (step == OutreachStep.CONTENT_USE_CONFIRMED) {
            recordConsent(candidateId, ConsentKind.USE_OF_PROPOSAL,
                    answer == OutreachAnswer.WANTS ? ConsentDecision.GIVEN : ConsentDecision.DECLINED,
                    channel == null ? writes.words().get("topic.outreach.channel.default") : channel, draft.on());
        }
        writes.announce(TopicLive.OUTREACH, c);
    }

    /**
     * Saves the meeting notes; {@code expectedVersion} -1: none saved yet. A stale version names who saved.
     * {@code seen} is what the form showed when it loaded: once the candidate has an experiment, the meeting day and
     * the caveats live there and can change under the pool's form (on 제안자 동의 or the calendar), so only the ones
     * changed on this form are written, and one changed on both sides is refused naming who changed it there.
     */
    public void saveMeetingNotes(long candidateId, long expectedVersion, @Nullable MeetingNotesDraft seen,
            MeetingNotesDraft draft) {
        access.requireMayStartExperiments();
        if (draft == null) {
            throw new UserFacingException("topic.outreach.error.stepRequired");
        }
        MeetingNotesDraft d = new MeetingNotesDraft(draft.meetingDate(), text(draft.background()),
                text(draft.network()), text(draft.campaign()), text(draft.will()), draft.durationExplained(),
                draft.organiserExplained());
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        if (!c.isProposerKnown()) {
            throw new UserFacingException("topic.outreach.error.unknownProposer");
        }
        TopicOutreach o = row(candidateId, expectedVersion);
        AppUser me = writes.me();
        Long exp = c.getExperimentId();
        if (exp == null) {
            o.apply(d, false, writes.clock().instant(), me.displayName());
        } else {
            o.apply(new MeetingNotesDraft(null, d.background(), d.network(), d.campaign(), d.will(), false, false),
                    true, writes.clock().instant(), me.displayName());
            ProposerView p = experiment.view(exp);
            MeetingNotesDraft there = experimentNotes(p, d);
            MeetingNotesDraft was = seen == null ? there : seen;
            SeenFields merge = new SeenFields(p);
            LocalDate day = merge.pick(was.meetingDate(), d.meetingDate(), there.meetingDate());
            boolean duration = merge.pick(was.durationExplained(), d.durationExplained(), there.durationExplained());
            boolean organiser = merge.pick(was.organiserExplained(), d.organiserExplained(),
                    there.organiserExplained());
            if (!Objects.equals(day, there.meetingDate())) {
                experiment.meetingDate(exp, day);
            }
            experiment.caveats(exp, duration, organiser);
        }
        o.touch(writes.clock().instant(), me.displayName());
        outreach.save(o);
        writes.announce(TopicLive.OUTREACH, c);
    }

    /**
     * Saves the pre-announcement of a proposal whose proposer is unknown; {@code seen} as for
     * {@link #saveMeetingNotes}: the channel, date and link live in the experiment once there is one.
     */
    public void saveNotice(long candidateId, long expectedVersion, @Nullable NoticeDraft seen, NoticeDraft draft) {
        access.requireMayStartExperiments();
        List<String> errors = new ArrayList<>();
        NoticeDraft d = draft == null ? new NoticeDraft(null, null, null, null, null)
                : new NoticeDraft(Texts.stripToNull(draft.purpose()), draft.date(), Texts.stripToNull(draft.contact()),
                        Texts.stripToNull(draft.channel()), Texts.stripToNull(draft.link()));
        if (d.purpose() == null) {
            errors.add("topic.notice.error.purposeRequired");
        } else if (d.purpose().length() > 1000) {
            errors.add("topic.notice.error.tooLong");
        }
        if (d.date() == null) {
            errors.add("topic.notice.error.dateRequired");
        }
        if (d.contact() == null) {
            errors.add("topic.notice.error.contactRequired");
        } else if (d.contact().length() > 300) {
            errors.add("topic.notice.error.tooLong");
        }
        if (d.channel() != null && d.channel().length() > 200) {
            errors.add("topic.notice.error.tooLong");
        }
        if (d.link() != null && (d.link().length() > 500 || !Texts.isWebAddress(d.link()))) {
            errors.add("topic.notice.error.linkInvalid");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors.stream().distinct().toList());
        }
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        if (c.isProposerKnown()) {
            throw new UserFacingException("topic.notice.error.proposerKnown");
        }
        TopicOutreach o = row(candidateId, expectedVersion);
        Long exp = c.getExperimentId();
        if (exp == null) {
            o.apply(d);
        } else {
            o.apply(new NoticeDraft(d.purpose(), null, d.contact(), null, null));
            ProposerView now = experiment.view(exp);
            ProposerDraft there = now.draft();
            NoticeDraft was = seen == null ? new NoticeDraft(null, there.noticeDate(), null, there.noticeChannel(),
                    there.noticeLink()) : seen;
            SeenFields merge = new SeenFields(now);
            String channel = merge.pick(was.channel(), d.channel(), there.noticeChannel());
            LocalDate date = merge.pick(was.date(), d.date(), there.noticeDate());
            String link = merge.pick(was.link(), d.link(), there.noticeLink());
            experiment.save(exp, p -> new ProposerDraft(false, p.name(), p.email(), p.phone(), p.otherChannel(),
                    p.meetingDate(), channel, date, link));
        }
        o.touch(writes.clock().instant(), writes.me().displayName());
        outreach.save(o);
        writes.announce(TopicLive.OUTREACH, c);
    }

    /**
     * Records a consent answer (append-only). Before the candidate has an experiment it waits in the pool and is
     * moved into the experiment's consent log when the experiment is made; afterwards it goes there directly.
     */
    public void recordConsent(long candidateId, ConsentKind kind, ConsentDecision decision, String obtainedHow,
            LocalDate obtainedOn) {
        access.requireMayStartExperiments();
        TopicCandidate c = writes.candidateForUpdate(candidateId);
        Long exp = c.getExperimentId();
        if (exp != null) {
            experiment.recordConsent(exp, kind, decision, obtainedHow, obtainedOn);
        } else {
            List<String> errors = new ArrayList<>();
            if (kind == null || decision == null) {
                errors.add("people.consent.error.kindRequired");
            }
            String how = Texts.stripToNull(obtainedHow);
            if (how == null) {
                errors.add("people.consent.error.howRequired");
            } else if (how.length() > 300) {
                errors.add("people.consent.error.howTooLong");
            }
            if (obtainedOn == null) {
                errors.add("people.consent.error.dateRequired");
            } else if (obtainedOn.isAfter(writes.today())) {
                errors.add("people.consent.error.dateInFuture");
            }
            if (errors.isEmpty() && decision == ConsentDecision.WITHDRAWN && pending
                    .findByCandidateIdOrderByIdAsc(candidateId).stream().filter(p -> p.getKind() == kind)
                    .reduce((a, b) -> b).map(p -> !p.getDecision().allows()).orElse(true)) {
                errors.add("people.consent.error.nothingToWithdraw");
            }
            if (!errors.isEmpty()) {
                throw new UserFacingException(errors);
            }
            AppUser me = writes.me();
            pending.save(new PendingConsent(candidateId, kind, decision, how, obtainedOn, me.id(), me.displayName(),
                    writes.clock().instant()));
        }
        writes.announce(TopicLive.OUTREACH, c);
    }

    private void setMeetingDate(TopicCandidate c, LocalDate date) {
        if (c.getExperimentId() != null) {
            experiment.meetingDate(c.getExperimentId(), date);
            return;
        }
        TopicOutreach o = outreach.findById(c.getId())
                .orElseGet(() -> new TopicOutreach(c.getId(), writes.clock().instant(), writes.me().displayName()));
        o.setMeetingDate(date);
        o.touch(writes.clock().instant(), writes.me().displayName());
        outreach.save(o);
    }

    private static MeetingNotesDraft experimentNotes(ProposerView p, MeetingNotesDraft pool) {
        return new MeetingNotesDraft(p.draft().meetingDate(), pool.background(), pool.network(), pool.campaign(),
                pool.will(), ProposerSide.durationExplained(p), ProposerSide.organiserExplained(p));
    }

    /**
     * One field the pool's form shows from the experiment: left as it is there unless this form changed it; changed
     * on both sides to different values, the save is refused naming who changed the experiment's record.
     */
    private record SeenFields(ProposerView there) {
        <T> @Nullable T pick(@Nullable T seen, @Nullable T typed, @Nullable T now) {
            if (Objects.equals(typed, seen)) {
                return now;
            }
            if (!Objects.equals(now, seen) && !Objects.equals(now, typed)) {
                throw new ConflictException(there.updatedByName() == null ? "?" : there.updatedByName(),
                        there.updatedAt());
            }
            return typed;
        }
    }

    private TopicOutreach row(long candidateId, long expectedVersion) {
        TopicOutreach o = outreach.findById(candidateId).orElse(null);
        if (o == null) {
            if (expectedVersion != -1) {
                throw new UserFacingException("topic.error.notFound");
            }
            return new TopicOutreach(candidateId, writes.clock().instant(), writes.me().displayName());
        }
        if (o.getVersion() != expectedVersion) {
            throw new ConflictException(o.getUpdatedByName(), o.getUpdatedAt());
        }
        return o;
    }

    private static @Nullable String text(@Nullable String s) {
        String t = Texts.stripToNull(s);
        if (t != null && t.length() > MAX_NOTE) {
            throw new UserFacingException("topic.outreach.error.noteTooLong");
        }
        return t;
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
