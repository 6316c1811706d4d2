package kr.silheomjang.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.MilestoneView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Planned and actual stage dates, the defaults, milestones, and who sees which experiments on the timeline. */
@SpringBootTest
@ActiveProfiles("test")
class PortfolioServiceTest {

    @Autowired
    PortfolioService portfolio;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ScheduleService schedule;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    static final LocalDate EVENT = LocalDate.of(2027, 4, 1);

    String owner;
    String planner;
    String guest;
    String outsider;
    long id;
    long second;
    long foreign;

    @BeforeEach
    void team() {
        String run = Long.toString(System.nanoTime());
        owner = account("owner-" + run, "김기획");
        planner = account("planner-" + run, "이준비");
        guest = account("guest-" + run, "박협력");
        outsider = account("outsider-" + run, "남의팀");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("일일야학")));
        second = signedIn.as(owner, () -> experiments.create(Drafts.valid("임산부석 인형")));
        foreign = signedIn.as(outsider, () -> experiments.create(Drafts.valid("남의 실험")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, second, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
    }

    String account(String local, String name) {
        String email = local + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    TimelineRow row(String who, long experimentId) {
        return signedIn.as(who, () -> portfolio.timeline(true)).stream()
                .filter(r -> r.experimentId() == experimentId).findFirst().orElseThrow();
    }

    @Test
    void plannedDatesDefaultToTheBackwardPlanUntilTheOwnerSetsThem() {
        TimelineRow r = row(owner, id);
        assertThat(r.planVersion()).isEqualTo(-1);
        assertThat(r.mayEditPlan()).isTrue();
        // 90 days from the planning start: D-120 does not fit, so planning takes the first fifth; D-60 fits.
        assertThat(r.stages()).extracting(StageSpan::plannedStart).containsExactly(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 19), EVENT.minusDays(60), EVENT, EVENT.plusDays(1));
        assertThat(r.span(Stage.FOLLOW_UP).plannedEnd()).isEqualTo(LocalDate.of(2027, 5, 1));

        StagePlan plan = signedIn.as(owner, () -> portfolio.plan(id));
        signedIn.run(owner, () -> portfolio.savePlan(id, plan.version(),
                new StagePlanDraft(null, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 20), null)));
        TimelineRow after = row(planner, id);
        assertThat(after.span(Stage.PLANNING).plannedStart()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(after.span(Stage.PLANNING).plannedDerived()).isFalse();
        assertThat(after.span(Stage.TOPIC_SELECTION).plannedEnd()).isEqualTo(LocalDate.of(2027, 1, 19));
        assertThat(after.span(Stage.PREPARATION).plannedStart()).isEqualTo(LocalDate.of(2027, 2, 20));
        assertThat(after.span(Stage.FOLLOW_UP).plannedDerived()).isTrue();
        assertThat(after.mayEditPlan()).as("planners read, owners edit").isFalse();
    }

    @Test
    void aSecondSaveFromAnOlderVersionIsRefusedWithWhoSavedAndNothingChanges() {
        StagePlan seen = signedIn.as(owner, () -> portfolio.plan(id));
        signedIn.run(owner, () -> portfolio.savePlan(id, seen.version(),
                new StagePlanDraft(null, LocalDate.of(2027, 1, 20), null, null)));
        assertThatThrownBy(() -> signedIn.run(owner, () -> portfolio.savePlan(id, seen.version(),
                new StagePlanDraft(null, LocalDate.of(2027, 1, 25), null, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("김기획"));
        assertThat(signedIn.as(owner, () -> portfolio.plan(id)).set().planning()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void stagesOutOfOrderAreRefusedAndOnlyOwnersSetDates() {
        StagePlan seen = signedIn.as(owner, () -> portfolio.plan(id));
        assertThatThrownBy(() -> signedIn.run(owner, () -> portfolio.savePlan(id, seen.version(),
                new StagePlanDraft(null, null, EVENT.plusDays(3), null))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("portfolio.error.order"));
        assertThat(signedIn.as(owner, () -> portfolio.plan(id)).version()).isEqualTo(-1);
        assertThatThrownBy(() -> signedIn.run(planner, () -> portfolio.savePlan(id, -1, StagePlanDraft.EMPTY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(outsider, () -> portfolio.plan(id)))
                .isInstanceOf(NotFoundOrDeniedException.class);
    }

    @Test
    void actualDatesAreTheDaysOfTheStageMoves() {
        LocalDate today = LocalDate.now(Application.ZONE);
        signedIn.run(owner, () -> experiments.moveStage(id, experiments.get(id).version(), Stage.PLANNING,
                "테스트: 열린 항목은 나중에"));
        TimelineRow r = row(guest, id);
        assertThat(r.stage()).isEqualTo(Stage.PLANNING);
        assertThat(r.span(Stage.TOPIC_SELECTION).actualStart()).isEqualTo(today);
        assertThat(r.span(Stage.TOPIC_SELECTION).actualEnd()).isEqualTo(today);
        assertThat(r.span(Stage.PLANNING).actualStart()).isEqualTo(today);
        assertThat(r.span(Stage.PLANNING).actualEnd()).as("still in it").isNull();
        assertThat(r.span(Stage.PREPARATION).reached()).isFalse();

        // Moving back undoes planning's actual date.
        signedIn.run(owner, () -> experiments.moveStage(id, experiments.get(id).version(), Stage.TOPIC_SELECTION));
        TimelineRow back = row(owner, id);
        assertThat(back.span(Stage.PLANNING).reached()).isFalse();
        assertThat(back.span(Stage.TOPIC_SELECTION).actualEnd()).isNull();
    }

    @Test
    void guestsSeeOnlyTheExperimentsTheyAreInvitedToAndTheMilestonesTheyAttend() {
        long me = userId(owner);
        long guestId = userId(guest);
        long withGuest = signedIn.as(owner, () -> schedule.create(id, milestone("리허설", EVENT.minusDays(3),
                Set.of(me, guestId))));
        signedIn.run(owner, () -> schedule.create(id, milestone("내부 점검", EVENT.minusDays(10), Set.of(me))));
        signedIn.run(owner, () -> schedule.create(second, milestone("기관 협의", EVENT.minusDays(20), Set.of())));

        assertThat(signedIn.as(guest, () -> portfolio.timeline(true))).extracting(TimelineRow::experimentId)
                .containsExactly(id);
        assertThat(row(guest, id).milestones()).extracting(MilestoneView::eventId).containsExactly(withGuest);
        assertThat(row(guest, id).mayEditPlan()).isFalse();
        assertThat(row(planner, id).milestones()).extracting(MilestoneView::title)
                .containsExactly("내부 점검", "리허설");
        assertThat(signedIn.as(owner, () -> portfolio.timeline(true))).extracting(TimelineRow::experimentId)
                .containsExactlyInAnyOrder(id, second).doesNotContain(foreign);
        // Reading a foreign experiment's milestones directly is refused as well.
        assertThatThrownBy(() -> signedIn.as(guest, () -> schedule.milestones(List.of(id, second))))
                .isInstanceOf(NotFoundOrDeniedException.class);
    }

    @Test
    void theMilestoneFlagIsEditedWithTheEventAndAnEventOfTypeMilestoneIsOneByDefault() {
        long meeting = signedIn.as(owner, () -> schedule.create(id, new EventDraft("촬영팀 미팅",
                EventType.FILMING_MEETING, EVENT.minusDays(5), null, EVENT.minusDays(5), null, null, Set.of(), null)));
        long typed = signedIn.as(owner, () -> schedule.create(id, EventDraft.allDay("파트너 확정",
                EventType.MILESTONE, EVENT.minusDays(40))));
        assertThat(row(owner, id).milestones()).extracting(MilestoneView::eventId).containsExactly(typed);

        EventView seen = signedIn.as(owner, () -> schedule.get(id, meeting));
        assertThat(seen.milestone()).isFalse();
        EventDraft flagged = new EventDraft(seen.title(), seen.type(), seen.startDate(), null, seen.endDate(), null,
                null, Set.of(), null, true);
        signedIn.run(planner, () -> schedule.update(id, meeting, seen.version(), flagged));
        assertThat(signedIn.as(owner, () -> schedule.get(id, meeting)).milestone()).isTrue();
        assertThat(row(owner, id).milestones()).extracting(MilestoneView::eventId).containsExactly(typed, meeting);
    }

    @Test
    void archivedExperimentsOnlyOnRequest() {
        signedIn.run(owner, () -> experiments.setArchived(second, experiments.get(second).version(), true));
        assertThat(signedIn.as(owner, () -> portfolio.timeline(false))).extracting(TimelineRow::experimentId)
                .containsExactly(id);
        TimelineRow archived = row(owner, second);
        assertThat(archived.archived()).isTrue();
        assertThat(archived.mayEditPlan()).isFalse();
    }

    static EventDraft milestone(String title, LocalDate day, Set<Long> attendees) {
        return new EventDraft(title, EventType.MILESTONE, day, null, day, null, null, attendees, null, true);
    }
}
