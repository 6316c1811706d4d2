package kr.silheomjang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.Caveat;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentEntryView;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.support.Teams;
import kr.silheomjang.people.ProposerDraft;
import kr.silheomjang.people.ProposerView;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ProposerMeetingService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.schedule.TemplateStepView;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.topic.internal.TopicRetention;

/**
 * Issue 9, point 5: outreach to the proposer in the guide's order, consent answers that become the experiment's
 * consent log (one copy), and one proposer meeting shared by 제안자 동의, the pool and the calendar.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProposerOutreachTest {

    @Autowired
    TopicService topics;
    @Autowired
    SelectionService selection;
    @Autowired
    OutreachService outreach;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ProposerConsentService proposers;
    @Autowired
    ProposerMeetingService meetings;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BackwardPlanningService planning;
    @Autowired
    TopicRetention retention;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Teams teams;
    @Autowired
    ScreeningService screening;
    @Autowired
    LiveUpdateBus bus;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));

    String account(String name) {
        String email = "o" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long known(String as) {
        return signedIn.as(as, () -> topics.create(new CandidateDraft("임산부석 인형 " + System.nanoTime(),
                "임산부석 자리에 인형을 놓아두면 임산부들만 앉을까요?", "민주주의 서울", null, null, true, "최시민",
                "citizen@example.kr", "010-1111-2222", null, List.of())));
    }

    static OutreachEntryDraft step(OutreachStep s, OutreachAnswer answer, LocalDate meeting) {
        return new OutreachEntryDraft(s, TODAY, "전화", answer, meeting, null);
    }

    List<EventView> proposerMeetings(String as, long experimentId) {
        return signedIn.as(as, () -> schedule.calendar(experimentId, LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1))).events().stream().filter(e -> e.type() == EventType.PROPOSER_MEETING)
                .toList();
    }

    @Test
    void theOutreachLogFollowsTheGuidesOrder() {
        String planner = account("기획자");
        long id = known(planner);
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.logStep(id,
                step(OutreachStep.INTENT_CHECKED, OutreachAnswer.WANTS, null))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("topic.outreach.error.introduceFirst");
        signedIn.run(planner, () -> outreach.logStep(id, step(OutreachStep.INTRODUCED, null, null)));
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.logStep(id,
                step(OutreachStep.INTENT_CHECKED, null, null))))
                .hasMessageContaining("topic.outreach.error.answerRequired");
        signedIn.run(planner, () -> outreach.logStep(id, step(OutreachStep.INTENT_CHECKED, OutreachAnswer.DECLINES,
                null)));
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.logStep(id,
                step(OutreachStep.MEETING_SET, null, TODAY.plusDays(3)))))
                .hasMessageContaining("topic.outreach.error.meetingNeedsWish");
        // Not taking part: confirm the use of the proposal, which is the consent to use it.
        signedIn.run(planner, () -> outreach.logStep(id, step(OutreachStep.CONTENT_USE_CONFIRMED,
                OutreachAnswer.WANTS, null)));
        OutreachView v = signedIn.as(planner, () -> outreach.outreach(id));
        assertThat(v.log()).extracting(OutreachEntryView::step).containsExactlyInAnyOrder(OutreachStep.INTRODUCED,
                OutreachStep.INTENT_CHECKED, OutreachStep.CONTENT_USE_CONFIRMED);
        assertThat(v.consents()).extracting(ConsentEntryView::kind, ConsentEntryView::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentKind.USE_OF_PROPOSAL,
                        ConsentDecision.GIVEN));
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.logStep(id,
                new OutreachEntryDraft(OutreachStep.INTRODUCED, TODAY.plusDays(1), null, null, null, null))))
                .hasMessageContaining("topic.outreach.error.dateInFuture");
    }

    @Test
    void anUnknownProposerGetsAPreAnnouncementNotOutreach() {
        String planner = account("기획자");
        long id = signedIn.as(planner, () -> topics.create(CandidateDraft.of("빨대 " + System.nanoTime(), "본문", "")));
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.logStep(id,
                step(OutreachStep.INTRODUCED, null, null))))
                .hasMessageContaining("topic.outreach.error.unknownProposer");
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.saveNotice(id, -1, null,
                new NoticeDraft(" ", null, null, null, "notaurl"))))
                .hasMessageContaining("topic.notice.error.purposeRequired")
                .hasMessageContaining("topic.notice.error.linkInvalid");
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).version()).isEqualTo(-1);
        signedIn.run(planner, () -> outreach.saveNotice(id, -1, null, new NoticeDraft("취지와 시기", TODAY,
                "02-000-0000", "공지사항", "https://example.kr/n/1")));
        OutreachView v = signedIn.as(planner, () -> outreach.outreach(id));
        assertThat(v.notice().contact()).isEqualTo("02-000-0000");
        // A second window saving over the first: refused with who saved.
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.saveNotice(id, -1, null,
                new NoticeDraft("다른 취지", TODAY, "x", null, null))))
                .isInstanceOf(kr.silheomjang.shared.ConflictException.class);
    }

    @Test
    void consentAnswersAndTheMeetingAreCarriedIntoTheExperimentOnceAndThenWrittenThere() {
        String planner = account("기획자");
        long id = known(planner);
        LocalDate meetingDay = TODAY.plusDays(10);
        signedIn.run(planner, () -> outreach.saveMeetingNotes(id, -1, null, new MeetingNotesDraft(meetingDay,
                "출퇴근길 경험", null, null, "참여 희망", true, false)));
        signedIn.run(planner, () -> outreach.recordConsent(id, ConsentKind.INTERVIEW, ConsentDecision.GIVEN,
                "전화 통화", TODAY));
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).consents()).hasSize(1);

        long v = signedIn.as(planner, () -> topics.get(id)).version();
        signedIn.run(planner, () -> selection.decide(id, v, SelectionDecision.SELECTED, "효과 확인 가능"));
        long v2 = signedIn.as(planner, () -> topics.get(id)).version();
        long experiment = signedIn.as(planner, () -> selection.createExperiment(id, v2, TODAY,
                TODAY.plusMonths(3), TODAY.plusMonths(4)));

        ProposerView p = signedIn.as(planner, () -> proposers.get(experiment));
        assertThat(p.history()).extracting(ConsentEntryView::kind).containsExactly(ConsentKind.INTERVIEW);
        assertThat(p.draft().meetingDate()).isEqualTo(meetingDay);
        assertThat(p.caveatsExplained()).containsKeys(Caveat.DURATION, Caveat.NOT_POLICY)
                .doesNotContainKey(Caveat.ORGANISER_PLANS);
        assertThat(p.draft().name()).isEqualTo("최시민");
        // One copy: the pool shows the experiment's consent log, nothing of its own is left.
        assertThat(jdbc.queryForObject("select count(*) from topic_consent where candidate_id = ?", Integer.class,
                id)).isZero();
        OutreachView linked = signedIn.as(planner, () -> outreach.outreach(id));
        assertThat(linked.experimentVisible()).isTrue();
        assertThat(linked.consents()).isEqualTo(p.history());
        assertThat(linked.notes().meetingDate()).isEqualTo(meetingDay);
        assertThat(linked.notes().background()).isEqualTo("출퇴근길 경험");
        assertThat(proposerMeetings(planner, experiment)).extracting(EventView::startDate)
                .containsExactly(meetingDay);

        // Afterwards the pool writes through the people module: the answer lands in the experiment's log.
        signedIn.run(planner, () -> outreach.recordConsent(id, ConsentKind.FILMING, ConsentDecision.DECLINED,
                "미팅", TODAY));
        assertThat(signedIn.as(planner, () -> proposers.get(experiment)).history()).hasSize(2);
        OutreachView form = signedIn.as(planner, () -> outreach.outreach(id));
        signedIn.run(planner, () -> outreach.saveMeetingNotes(id, form.version(), form.notes(),
                new MeetingNotesDraft(meetingDay.plusDays(2), "출퇴근길 경험", null, null, "참여 희망", true, true)));
        assertThat(proposerMeetings(planner, experiment)).extracting(EventView::startDate)
                .containsExactly(meetingDay.plusDays(2));
        assertThat(signedIn.as(planner, () -> proposers.get(experiment)).caveatsExplained())
                .containsKey(Caveat.ORGANISER_PLANS);

        // The pool's form loaded; then a co-planner moves the meeting on the calendar and un-ticks a caveat on
        // 제안자 동의. Saving the pool's notes without touching those leaves their changes standing.
        String coPlanner = teams.joinWithNewAccount(planner, experiment, "동료", MemberRole.PLANNER);
        OutreachView stale = signedIn.as(planner, () -> outreach.outreach(id));
        EventView meeting = proposerMeetings(coPlanner, experiment).get(0);
        signedIn.run(coPlanner, () -> schedule.move(experiment, meeting.id(), meeting.version(),
                meetingDay.plusDays(7)));
        ProposerView before = signedIn.as(coPlanner, () -> proposers.get(experiment));
        signedIn.run(coPlanner, () -> proposers.setCaveatExplained(experiment, before.version(),
                Caveat.ORGANISER_PLANS, false));
        // The pool names who changed its experiment-side fields last (its live note and conflicts say so).
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).updatedByName()).isEqualTo("동료");
        signedIn.run(planner, () -> outreach.saveMeetingNotes(id, stale.version(), stale.notes(),
                new MeetingNotesDraft(stale.notes().meetingDate(), "배경을 더 적음", null, null, "참여 희망", true,
                        true)));
        assertThat(proposerMeetings(planner, experiment)).extracting(EventView::startDate)
                .containsExactly(meetingDay.plusDays(7));
        assertThat(signedIn.as(planner, () -> proposers.get(experiment)).caveatsExplained())
                .doesNotContainKey(Caveat.ORGANISER_PLANS);
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).notes().background()).isEqualTo("배경을 더 적음");

        // The same stale form moving the day itself: refused, naming the co-planner, and nothing of it saved.
        OutreachView again = signedIn.as(planner, () -> outreach.outreach(id));
        assertThatThrownBy(() -> signedIn.run(planner, () -> outreach.saveMeetingNotes(id, again.version(),
                stale.notes(), new MeetingNotesDraft(meetingDay.plusDays(3), "또 다른 배경", null, null, "참여 희망",
                        true, true))))
                .isInstanceOf(kr.silheomjang.shared.ConflictException.class)
                .hasMessageContaining("동료");
        assertThat(proposerMeetings(planner, experiment)).extracting(EventView::startDate)
                .containsExactly(meetingDay.plusDays(7));
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).notes().background()).isEqualTo("배경을 더 적음");
    }

    /** A selected candidate made into an experiment by {@code planner}; returns the experiment's id. */
    long madeIntoExperiment(String planner, long candidateId) {
        long v = signedIn.as(planner, () -> topics.get(candidateId)).version();
        signedIn.run(planner, () -> selection.decide(candidateId, v, SelectionDecision.SELECTED, "효과 확인 가능"));
        long v2 = signedIn.as(planner, () -> topics.get(candidateId)).version();
        return signedIn.as(planner, () -> selection.createExperiment(candidateId, v2, TODAY, TODAY.plusMonths(3),
                TODAY.plusMonths(4)));
    }

    /** Waits (up to 5 s) for the bus to deliver {@code expected}; the listeners run on bus threads. */
    static boolean heard(List<LiveUpdate> heard, LiveUpdate expected) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!heard.contains(expected) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        return heard.contains(expected);
    }

    /**
     * A linked candidate's screening and status show on its experiment's overview, its checklist and the experiment
     * list, which listen on the experiment's channel: its changes are announced there too, not only on the pool's.
     */
    @Test
    void aLinkedCandidatesScreeningAndStatusAreAnnouncedOnItsExperiment() {
        String planner = account("기획자");
        long id = known(planner);
        long experiment = madeIntoExperiment(planner, id);
        List<LiveUpdate> onExperiment = new CopyOnWriteArrayList<>();
        try (var sub = bus.subscribe(experiment, onExperiment::add)) {
            signedIn.run(planner, () -> screening.score(id, ScreeningQuestion.EFFECT, 4));
            assertThat(heard(onExperiment, LiveUpdate.of(experiment, TopicLive.SCREENING, id))).isTrue();
            long v = signedIn.as(planner, () -> topics.get(id)).version();
            signedIn.run(planner, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "기관 답변 대기"));
            assertThat(heard(onExperiment, LiveUpdate.of(experiment, TopicLive.CANDIDATES, id))).isTrue();
        }
        // Outreach is the pool's own page's: not on the experiment's channel.
        assertThat(onExperiment).noneMatch(u -> u.is(TopicLive.OUTREACH));
    }

    /**
     * A linked candidate's page shows the experiment's proposer record and calendar meeting: a consent recorded on
     * 제안자 동의, the meeting moved there or on the calendar, reach it as the candidate's outreach on the pool's channel.
     */
    @Test
    void theExperimentsProposerAndCalendarChangesReachTheLinkedCandidatesPage() {
        String planner = account("기획자");
        long id = known(planner);
        long experiment = madeIntoExperiment(planner, id);
        String coPlanner = teams.joinWithNewAccount(planner, experiment, "동료", MemberRole.PLANNER);
        LiveUpdate outreachOfIt = LiveUpdate.of(TopicLive.CHANNEL, TopicLive.OUTREACH, id);
        List<LiveUpdate> inPool = new CopyOnWriteArrayList<>();
        try (var sub = bus.subscribe(TopicLive.CHANNEL, inPool::add)) {
            signedIn.run(coPlanner, () -> proposers.recordConsent(experiment, ConsentKind.INTERVIEW,
                    ConsentDecision.GIVEN, "전화 통화", TODAY));
            assertThat(heard(inPool, outreachOfIt)).as("a consent recorded on 제안자 동의").isTrue();

            inPool.clear();
            ProposerView p = signedIn.as(coPlanner, () -> proposers.get(experiment));
            signedIn.run(coPlanner, () -> proposers.save(experiment, p.version(), p.meeting(), new ProposerDraft(true,
                    p.draft().name(), null, null, null, TODAY.plusDays(9), null, null, null)));
            assertThat(heard(inPool, outreachOfIt)).as("the meeting day set on 제안자 동의").isTrue();

            inPool.clear();
            EventView meeting = proposerMeetings(coPlanner, experiment).get(0);
            signedIn.run(coPlanner, () -> schedule.move(experiment, meeting.id(), meeting.version(),
                    TODAY.plusDays(12)));
            assertThat(heard(inPool, outreachOfIt)).as("the meeting moved on the calendar").isTrue();
        }
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).notes().meetingDate())
                .isEqualTo(TODAY.plusDays(12));
    }

    @Test
    void oneProposerOneMeetingShownEverywhereAndNoSecondFromTheBackwardPlan() {
        String owner = account("책임자");
        ExperimentDraft draft = Drafts.valid("일일야학");
        draft.setProposerName("박제안");
        long id = signedIn.as(owner, () -> experiments.create(draft));
        // The name typed on 새 실험장 is the proposer's on 제안자 동의.
        ProposerView p = signedIn.as(owner, () -> proposers.get(id));
        assertThat(p.draft().name()).isEqualTo("박제안");

        LocalDate day = LocalDate.of(2027, 1, 20);
        signedIn.run(owner, () -> proposers.save(id, p.version(), p.meeting(), new ProposerDraft(true, "박제안", null,
                null, null, day, null, null, null)));
        assertThat(proposerMeetings(owner, id)).extracting(EventView::startDate).containsExactly(day);

        // Moved on the calendar: 제안자 동의 shows the new day.
        EventView meeting = proposerMeetings(owner, id).get(0);
        signedIn.run(owner, () -> schedule.move(id, meeting.id(), meeting.version(), day.plusDays(5)));
        assertThat(signedIn.as(owner, () -> proposers.get(id)).draft().meetingDate()).isEqualTo(day.plusDays(5));
        assertThat(signedIn.as(owner, () -> meetings.date(id))).contains(day.plusDays(5));

        // The backward plan counts it as planned and makes no second one.
        assertThat(signedIn.as(owner, () -> planning.template(id))).filteredOn(s -> s.type()
                == EventType.PROPOSER_MEETING).allMatch(TemplateStepView::alreadyPlanned);
        signedIn.run(owner, () -> planning.acceptTemplate(id));
        assertThat(proposerMeetings(owner, id)).hasSize(1);

        // Cleared on 제안자 동의: the calendar event goes too.
        ProposerView again = signedIn.as(owner, () -> proposers.get(id));
        signedIn.run(owner, () -> proposers.save(id, again.version(), again.meeting(), new ProposerDraft(true,
                "박제안", null, null, null, null, null, null, null)));
        assertThat(proposerMeetings(owner, id)).isEmpty();
    }

    @Test
    void aProposerMeetingThePlanWouldPutInThePastIsFlaggedAndNotMade() {
        String owner = account("책임자");
        ExperimentDraft draft = Drafts.valid("곧 열리는 실험");
        draft.setPlanningStart(TODAY);
        draft.setEventDate(TODAY.plusDays(30));
        draft.setFollowUpEnd(TODAY.plusDays(60));
        long id = signedIn.as(owner, () -> experiments.create(draft));
        TemplateStepView step = signedIn.as(owner, () -> planning.template(id)).stream()
                .filter(s -> s.type() == EventType.PROPOSER_MEETING).findFirst().orElseThrow();
        assertThat(step.date()).isBefore(TODAY);
        assertThat(step.pastMeeting()).isTrue();
        assertThat(signedIn.as(owner, () -> planning.acceptTemplate(id))).isPositive();
        assertThat(proposerMeetings(owner, id)).isEmpty();
    }

    @Test
    void aNeverLinkedCandidatesProposerIsPurgedAfterTheRetentionPeriod() {
        String planner = account("기획자");
        long id = known(planner);
        signedIn.run(planner, () -> outreach.saveMeetingNotes(id, -1, null, new MeetingNotesDraft(null, "배경 이야기",
                "활동 단체", null, null, false, false)));
        long v = signedIn.as(planner, () -> topics.get(id)).version();
        signedIn.run(planner, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "보류"));
        long recent = known(planner);
        long rv = signedIn.as(planner, () -> topics.get(recent)).version();
        signedIn.run(planner, () -> selection.decide(recent, rv, SelectionDecision.ON_HOLD, "보류"));
        jdbc.update("update topic_decision set decided_at = ? where candidate_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))), id);

        assertThat(retention.purgeExpired()).isPositive();
        CandidateDetails d = signedIn.as(planner, () -> topics.get(id));
        assertThat(d.draft().proposerName()).isEqualTo("(삭제됨)");
        assertThat(d.draft().proposerEmail()).isNull();
        assertThat(d.draft().proposerPhone()).isNull();
        assertThat(signedIn.as(planner, () -> outreach.outreach(id)).notes().background()).isNull();
        // Decided recently: kept.
        assertThat(signedIn.as(planner, () -> topics.get(recent)).draft().proposerEmail())
                .isEqualTo("citizen@example.kr");
    }
}
