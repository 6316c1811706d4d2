package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.planning.ColumnView;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyService;

/** The stage guide against real data: every contributed item, "해당 없음", moving on, flags and the list's health. */
@SpringBootTest
@ActiveProfiles("test")
class StageGuideServiceTest {

    @Autowired
    StageGuideService guide;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;
    @Autowired
    ProposerConsentService proposer;
    @Autowired
    StaffRosterService staff;
    @Autowired
    PlanningService planning;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BackwardPlanningService backward;
    @Autowired
    SurveyService surveys;
    @Autowired
    ObservationService observations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String owner;
    String planner;
    long id;
    LocalDate eventDay;

    @BeforeEach
    void anExperimentTenDaysAhead() {
        String run = Long.toString(System.nanoTime());
        owner = "guide-owner-" + run + "@test.kr";
        planner = "guide-planner-" + run + "@test.kr";
        accounts.createAccount(owner, "가이드 소유자", Teams.PASSWORD);
        accounts.createAccount(planner, "가이드 기획자", Teams.PASSWORD);
        eventDay = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(10);
        ExperimentDraft d = Drafts.valid("단계 안내 실험장");
        d.setPlanningStart(eventDay.minusDays(90));
        d.setEventDate(eventDay);
        d.setFollowUpEnd(eventDay.plusDays(30));
        id = signedIn.as(owner, () -> experiments.create(d));
        teams.join(owner, id, planner, MemberRole.PLANNER);
    }

    Map<String, StageCheckItem> items() {
        return signedIn.as(planner, () -> guide.checklist(id)).items().stream()
                .collect(Collectors.toMap(StageCheckItem::key, Function.identity()));
    }

    StageCheckItem.State state(String key) {
        return items().get(key).state();
    }

    @Test
    void topicSelectionItemsFollowTheQuestionsAndTheProposersConsent() {
        assertThat(items().get("experiment.check.questions").state()).isEqualTo(StageCheckItem.State.DONE);
        assertThat(items().get("experiment.check.questions").check().detail())
                .isEqualTo("experiment.check.detail.questions|1");
        assertThat(state("people.check.proposerConsent")).isEqualTo(StageCheckItem.State.OPEN);

        signedIn.run(planner, () -> proposer.recordConsent(id, ConsentKind.USE_OF_PROPOSAL, ConsentDecision.GIVEN,
                "미팅에서 구두로", eventDay.minusDays(60)));
        assertThat(state("people.check.proposerConsent")).isEqualTo(StageCheckItem.State.DONE);

        signedIn.run(planner, () -> proposer.recordConsent(id, ConsentKind.USE_OF_PROPOSAL,
                ConsentDecision.WITHDRAWN, "메일", eventDay.minusDays(50)));
        assertThat(state("people.check.proposerConsent")).isEqualTo(StageCheckItem.State.OPEN);
    }

    @Test
    void participantsUnconfirmedAtD14AreFlaggedUntilConfirmedAndReconfirmed() {
        long invited = signedIn.as(planner, () -> participants.create(id,
                ParticipantDraft.named("홍길동").withStatus(AttendanceStatus.INVITED)));
        StageChecklist c = signedIn.as(planner, () -> guide.checklist(id));
        StageCheckItem confirmed = c.items().stream()
                .filter(i -> i.key().equals("people.check.participantsConfirmed")).findFirst().orElseThrow();
        assertThat(confirmed.state()).isEqualTo(StageCheckItem.State.OPEN);
        assertThat(confirmed.late()).isTrue();
        assertThat(confirmed.check().detail()).isEqualTo("people.check.detail.confirmed|0|1");
        assertThat(c.flags()).contains(new StageFlag(StageFlag.Kind.LATE_ITEM, "people.check.participantsConfirmed",
                14));
        // Reconfirming is due at D-7, which has not come yet.
        assertThat(c.flags()).doesNotContain(new StageFlag(StageFlag.Kind.LATE_ITEM,
                "people.check.participantsReconfirmed", 7));

        long version = signedIn.as(planner, () -> participants.rows(id, Set.of(invited))).get(0).version();
        signedIn.run(planner, () -> participants.changeStatus(id, Map.of(invited, version),
                AttendanceStatus.CONFIRMED));
        assertThat(state("people.check.participantsConfirmed")).isEqualTo(StageCheckItem.State.DONE);
        assertThat(state("people.check.participantsReconfirmed")).isEqualTo(StageCheckItem.State.OPEN);

        long v2 = signedIn.as(planner, () -> participants.rows(id, Set.of(invited))).get(0).version();
        signedIn.run(planner, () -> participants.changeStatus(id, Map.of(invited, v2),
                AttendanceStatus.RECONFIRMED));
        assertThat(state("people.check.participantsReconfirmed")).isEqualTo(StageCheckItem.State.DONE);
        assertThat(signedIn.as(planner, () -> guide.checklist(id)).flags()).isEmpty();
    }

    @Test
    void preparationAndRunDayItemsFollowTheFilmListStaffCheckInSurveysAndObservations() {
        assertThat(state("people.check.noFilmingShared")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(planner, () -> participants.recordNoFilmingListShared(id));
        assertThat(state("people.check.noFilmingShared")).isEqualTo(StageCheckItem.State.DONE);

        assertThat(state("people.check.staffRoles")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(planner, () -> staff.add(id, new StaffDraft("접수", "김스탭", eventDay, LocalTime.of(9, 0),
                LocalTime.of(12, 0), "입구", null, null)));
        assertThat(state("people.check.staffRoles")).isEqualTo(StageCheckItem.State.DONE);

        long p = signedIn.as(planner, () -> participants.create(id,
                ParticipantDraft.named("박참여").withStatus(AttendanceStatus.RECONFIRMED)));
        assertThat(state("people.check.checkIn")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(planner, () -> participants.markAttendance(id, p, true));
        assertThat(state("people.check.checkIn")).isEqualTo(StageCheckItem.State.DONE);

        // The guide's participant survey exists from the start, open without dates: not yet "opened for the day".
        assertThat(state("survey.check.feedbackOpen")).isEqualTo(StageCheckItem.State.OPEN);
        var survey = signedIn.as(planner, () -> surveys.list(id)).stream()
                .filter(s -> s.audience() == SurveyAudience.PARTICIPANT).findFirst().orElseThrow();
        var details = signedIn.as(planner, () -> surveys.get(id, survey.id()));
        signedIn.run(planner, () -> surveys.save(id, survey.id(), details.version(), new SurveyDraft(details.title(),
                Instant.now().minusSeconds(60), null, details.questions())));
        assertThat(state("survey.check.feedbackOpen")).isEqualTo(StageCheckItem.State.DONE);

        assertThat(state("survey.check.observations")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(planner, () -> observations.add(id, null, "어르신 세 분이 먼저 도착", null, null));
        assertThat(state("survey.check.observations")).isEqualTo(StageCheckItem.State.DONE);
        assertThat(items().get("survey.check.observations").check().detail())
                .isEqualTo("survey.check.detail.observations|1");
    }

    @Test
    void planningItemsAreDoneInTheLastColumnOrSkippedAndTheScheduleGivesDateAndPlace() {
        StageCheckItem items = items().get("planning.check.planningItems");
        assertThat(items.state()).isEqualTo(StageCheckItem.State.OPEN);
        assertThat(items.check().detail()).isEqualTo("planning.check.detail.progress|0|0|13");

        List<ColumnView> columns = signedIn.as(planner, () -> planning.board(id)).columns();
        long last = columns.get(columns.size() - 1).id();
        List<Long> cards = columns.get(0).cards().stream().map(c -> c.id()).toList();
        assertThat(cards).hasSize(13);
        for (long card : cards) {
            signedIn.run(planner, () -> planning.move(id, card, last, 0));
        }
        assertThat(state("planning.check.planningItems")).isEqualTo(StageCheckItem.State.DONE);

        assertThat(state("schedule.check.dateAndPlace")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(planner, () -> schedule.create(id, new EventDraft("행사 당일", EventType.EVENT_DAY, eventDay,
                null, eventDay, null, "서울역 3층", Set.of(), null)));
        assertThat(state("schedule.check.dateAndPlace")).isEqualTo(StageCheckItem.State.DONE);
        assertThat(items().get("schedule.check.dateAndPlace").check().detail())
                .isEqualTo("schedule.check.detail.place|서울역 3층");

        assertThat(state("schedule.check.backwardPlan")).isEqualTo(StageCheckItem.State.OPEN);
        signedIn.run(owner, () -> backward.acceptTemplate(id));
        assertThat(state("schedule.check.backwardPlan")).isEqualTo(StageCheckItem.State.DONE);
    }

    @Test
    void aCardLabelledInEitherLanguageCountsAsSkipped() {
        List<ColumnView> columns = signedIn.as(planner, () -> planning.board(id)).columns();
        List<Long> cards = columns.get(0).cards().stream().map(c -> c.id()).toList();
        int i = 0;
        for (String label : List.of("해당 없음", "N/A")) {
            long card = cards.get(i++);
            var c = signedIn.as(planner, () -> planning.card(id, card));
            signedIn.run(planner, () -> planning.updateCard(id, card, c.version(), new kr.silheomjang.planning.CardDraft(
                    c.title(), c.description(), c.category(), c.due(), c.assigneeIds(), List.of(label))));
        }
        assertThat(items().get("planning.check.planningItems").check().detail())
                .isEqualTo("planning.check.detail.progress|0|2|13");
    }

    @Test
    void anOwnerMarksAnItemNotApplicableWithAReasonAndTheFeedRecordsIt() {
        assertThatThrownBy(() -> signedIn.run(planner,
                () -> guide.markNotApplicable(id, "people.check.proposerConsent", "기관 의제")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(owner,
                () -> guide.markNotApplicable(id, "people.check.proposerConsent", "  ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("guide.error.reasonRequired"));

        signedIn.run(owner, () -> guide.markNotApplicable(id, "people.check.proposerConsent",
                "기관이 직접 정한 의제라 제안자가 없습니다"));
        StageCheckItem marked = items().get("people.check.proposerConsent");
        assertThat(marked.state()).isEqualTo(StageCheckItem.State.NOT_APPLICABLE);
        assertThat(marked.reason()).isEqualTo("기관이 직접 정한 의제라 제안자가 없습니다");
        assertThat(marked.waivedBy()).isEqualTo("가이드 소유자");
        ActivityView entry = signedIn.as(planner, () -> experiments.activity(id, 0, 1)).get(0);
        assertThat(entry.action()).isEqualTo(ActivityAction.CHECK_NOT_APPLICABLE);
        assertThat(entry.detail()).isEqualTo("people.check.proposerConsent|기관이 직접 정한 의제라 제안자가 없습니다");

        // Someone else marked it a moment ago: a conflict naming them, nothing written twice.
        assertThatThrownBy(() -> signedIn.run(owner,
                () -> guide.markNotApplicable(id, "people.check.proposerConsent", "다시")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("가이드 소유자"));

        // With every other item of the stage marked too, nothing is open, so moving on needs no reason.
        for (StageCheckItem other : signedIn.as(owner, () -> guide.checklist(id)).open(Stage.TOPIC_SELECTION)) {
            signedIn.run(owner, () -> guide.markNotApplicable(id, other.key(), "이번에는 해당 없음"));
        }
        signedIn.run(planner, () -> experiments.moveStage(id, experiments.get(id).version(), Stage.PLANNING));
        assertThat(signedIn.as(planner, () -> experiments.get(id)).stage()).isEqualTo(Stage.PLANNING);

        signedIn.run(owner, () -> guide.unmarkNotApplicable(id, "people.check.proposerConsent",
                marked.waiverVersion()));
        assertThat(state("people.check.proposerConsent")).isEqualTo(StageCheckItem.State.OPEN);
        assertThat(signedIn.as(planner, () -> experiments.activity(id, 0, 1)).get(0).action())
                .isEqualTo(ActivityAction.CHECK_APPLICABLE_AGAIN);
    }

    @Test
    void movingForwardPastOpenItemsNeedsAReasonThatTheFeedRecordsAndMovingBackIsRecorded() {
        long version = signedIn.as(planner, () -> experiments.get(id)).version();
        assertThatThrownBy(() -> signedIn.run(planner, () -> experiments.moveStage(id, version, Stage.PLANNING)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("guide.error.reasonForOpen"));
        assertThat(signedIn.as(planner, () -> experiments.get(id)).stage()).isEqualTo(Stage.TOPIC_SELECTION);

        signedIn.run(planner, () -> experiments.moveStage(id, version, Stage.PLANNING, "동의는 다음 주 미팅에서"));
        ActivityView moved = signedIn.as(planner, () -> experiments.activity(id, 0, 1)).get(0);
        assertThat(moved.action()).isEqualTo(ActivityAction.STAGE_CHANGED);
        String open = String.join(",", signedIn.as(planner, () -> guide.checklist(id)).open(Stage.TOPIC_SELECTION)
                .stream().map(StageCheckItem::key).toList());
        assertThat(open).contains("people.check.proposerConsent");
        assertThat(moved.detail()).isEqualTo("TOPIC_SELECTION>PLANNING|" + open + "|동의는 다음 주 미팅에서");

        long v2 = signedIn.as(planner, () -> experiments.get(id)).version();
        signedIn.run(planner, () -> experiments.moveStage(id, v2, Stage.TOPIC_SELECTION));
        ActivityView back = signedIn.as(planner, () -> experiments.activity(id, 0, 1)).get(0);
        assertThat(back.detail()).isEqualTo("PLANNING>TOPIC_SELECTION");
    }

    @Test
    void theRunStageBeforeTheEventDayIsFlaggedAndTheListShowsHealthPerRow() {
        long version = signedIn.as(owner, () -> experiments.get(id)).version();
        signedIn.run(owner, () -> experiments.moveStage(id, version, Stage.RUN_DAY, "리허설을 진행으로 봅니다"));
        assertThat(signedIn.as(planner, () -> guide.checklist(id)).flags())
                .contains(new StageFlag(StageFlag.Kind.RUN_BEFORE_EVENT_DAY, null, 0));

        List<ExperimentHealth> rows = signedIn.as(planner, () -> guide.listMine(false, 0, 50));
        ExperimentHealth row = rows.stream().filter(r -> r.summary().id() == id).findFirst().orElseThrow();
        StageChecklist c = signedIn.as(planner, () -> guide.checklist(id));
        assertThat(row.stageItems()).isEqualTo(c.of(Stage.RUN_DAY).size()).isEqualTo(3);
        assertThat(row.openItems()).isEqualTo(c.open(Stage.RUN_DAY).size()).isEqualTo(3);
        assertThat(row.flags()).isEqualTo(c.flags());
    }
}
