package kr.silheomjang.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Div;

import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.portfolio.PortfolioService;
import kr.silheomjang.portfolio.StagePlanDraft;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The timeline page: strips with descriptions, zoom, the planned-dates dialog and live updates from co-planners. */
class PortfolioViewTest extends BrowserlessSupport {

    @Autowired
    PresenceRegistry presence;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    ScheduleService schedule;

    record Team(String owner, String planner, long id) {
    }

    Team team() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("타임라인 실험장")));
        teams.join(a, id, b, MemberRole.PLANNER);
        return new Team(a, b, id);
    }

    static String text(Div d) {
        return d.getElement().getTextRecursively();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Data older than the date rule (a follow-up end of 9999-12-31) draws a bounded axis instead of hanging the page. */
    @Test
    void anExperimentWithAFarFollowUpEndDrawsABoundedAxis() {
        Team t = team();
        jdbc.update("update experiment set follow_up_end = ? where id = ?", LocalDate.of(9999, 12, 31), t.id());
        BrowserlessUIContext window = windowOf(t.owner());
        PortfolioView view = window.navigate(PortfolioView.class);
        assertThat(view.shownRows()).hasSize(1);
        Div track = (Div) view.axis.getChildren().skip(1).findFirst().orElseThrow();
        long ticks = track.getChildren().filter(c -> c.hasClassName("pf-tick")).count();
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        // At most the months from today to five years ahead (the dates an experiment may have), not 95,000.
        assertThat(ticks).isBetween(12L, 12L * 5 + 2);
        assertThat(view.axis.getElement().getTextRecursively()).contains(today.plusYears(5).getYear() + "년")
                .doesNotContain(today.plusYears(6).getYear() + "년");
        in(window).test(view.zoom).selectItem("분기");
        assertThat(track.getParent()).isEmpty();
        Div quarters = (Div) view.axis.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(quarters.getChildren().filter(c -> c.hasClassName("pf-tick")).count()).isLessThanOrEqualTo(4 * 5 + 1);
    }

    @Test
    void eachStripHasTheStagesWithKoreanDatesForScreenReadersAndZoomChangesTheScale() {
        Team t = team();
        BrowserlessUIContext window = windowOf(t.owner());
        PortfolioView view = window.navigate(PortfolioView.class);
        assertThat(view.getPageTitle()).startsWith("포트폴리오 타임라인");
        assertThat(view.shownRows()).hasSize(1);
        Div row = view.rowElements.get(t.id());
        assertThat(text(row)).contains("타임라인 실험장").contains("주제 선정");
        Div description = (Div) row.getChildren().filter(c -> c.getId().orElse("").startsWith("pf-desc-"))
                .findFirst().orElseThrow();
        assertThat(text(description)).contains("현재 단계 주제 선정").contains("행사일 2027년 4월 1일 (목)")
                .contains("기획: 계획 2027년 1월 19일 (화)부터 2027년 1월 30일 (토)까지, 아직 시작 전")
                .contains("진행: 계획 2027년 4월 1일 (목)부터 2027년 4월 1일 (목)까지");
        // The link names the description, so the strip is heard with its dates.
        assertThat(row.getElement().getChild(0).getChild(0).getAttribute("aria-describedby"))
                .isEqualTo(description.getId().orElseThrow());

        String monthWidth = view.strip.getStyle().get("--pf-track-width");
        assertThat(view.axis.getElement().getTextRecursively()).contains("2027년 4월");
        in(window).test(view.zoom).selectItem("분기");
        assertThat(view.strip.getStyle().get("--pf-track-width")).isNotEqualTo(monthWidth);
        assertThat(view.axis.getElement().getTextRecursively()).contains("2027년 2분기").doesNotContain("2027년 4월");
        // The phone list has the same experiment with its current stage.
        assertThat(view.list.getElement().getTextRecursively()).contains("현재 단계: 주제 선정").contains("D-");
    }

    @Test
    void theOwnerSetsPlannedDatesInTheDialogAndABadOrderIsExplainedInKorean() {
        Team t = team();
        BrowserlessUIContext window = windowOf(t.owner());
        PortfolioView view = window.navigate(PortfolioView.class);
        in(window);
        view.openPlanFor(t.id());
        PlanDialog dialog = opened(window, PlanDialog.class);
        assertThat(dialog.planning.getHelperText()).contains("2027년 1월 19일");
        in(window).test(dialog.preparation).setValue(LocalDate.of(2027, 4, 5));
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getText()).contains("순서");
        in(window).test(dialog.preparation).setValue(LocalDate.of(2027, 3, 1));
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.shownRows().get(0).span(Stage.PREPARATION).plannedStart()).isEqualTo(LocalDate.of(2027, 3, 1));

        // A planner has no button to change them.
        BrowserlessUIContext plannerWindow = windowOf(t.planner());
        PortfolioView plannerView = plannerWindow.navigate(PortfolioView.class);
        assertThat(plannerView.rowElements.get(t.id()).getElement().getTextRecursively()).doesNotContain("계획 일정");
    }

    @Test
    void aStageMoveAMilestoneAndPlannedDatesArriveLiveOnlyTheChangedStripIsRedrawn() {
        Team t = team();
        long other = signedIn.as(t.owner(), () -> experiments.create(Drafts.valid("다른 실험장")));
        BrowserlessUIContext window = windowOf(t.planner());
        BrowserlessUIContext ownerWindow = windowOf(t.owner());
        PortfolioView view = window.navigate(PortfolioView.class);
        assertThat(view.shownRows()).hasSize(1);
        PortfolioView ownerView = ownerWindow.navigate(PortfolioView.class);
        Div untouched = ownerView.rowElements.get(other);

        signedIn.run(t.owner(), () -> experiments.moveStage(t.id(), experiments.get(t.id()).version(),
                Stage.PLANNING, "테스트"));
        await(window, () -> view.shownRows().get(0).stage() == Stage.PLANNING);
        assertThat(text(view.rowElements.get(t.id()))).contains("기획");

        long ownerId = accounts.findByEmail(t.owner()).orElseThrow().id();
        signedIn.run(t.owner(), () -> schedule.create(t.id(), new EventDraft("리허설", EventType.MILESTONE,
                LocalDate.of(2027, 3, 29), null, LocalDate.of(2027, 3, 29), null, null, Set.of(ownerId), null,
                true)));
        await(window, () -> view.shownRows().get(0).milestones().size() == 1);
        await(ownerWindow, () -> ownerView.shownRows().stream().anyMatch(r -> r.milestones().size() == 1));
        assertThat(ownerView.rowElements.get(other)).as("the other strip is not redrawn").isSameAs(untouched);

        signedIn.run(t.owner(), () -> portfolio.savePlan(t.id(), -1,
                new StagePlanDraft(null, LocalDate.of(2027, 1, 25), null, null)));
        await(window, () -> LocalDate.of(2027, 1, 25)
                .equals(view.shownRows().get(0).span(Stage.PLANNING).plannedStart()));
    }
    @Test
    void anExperimentJoinedWhileThePageIsOpenAppearsAndFollowsLiveAndARemovedOneDisappears() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        long mine = signedIn.as(planner, () -> experiments.create(Drafts.valid("내 실험장")));
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("나중에 합류")));
        BrowserlessUIContext window = windowOf(planner);
        PortfolioView view = window.navigate(PortfolioView.class);
        assertThat(view.shownRows()).extracting(r -> r.experimentId()).containsExactly(mine);

        // Invited and accepted (in another tab): the strip appears without a reload ...
        teams.join(owner, id, planner, MemberRole.PLANNER);
        await(window, () -> view.rowElements.containsKey(id));
        // ... and the page now hears that experiment: the owner's stage move arrives.
        signedIn.run(owner, () -> experiments.moveStage(id, experiments.get(id).version(), Stage.PLANNING, "테스트"));
        await(window, () -> view.shownRows().stream().anyMatch(r -> r.experimentId() == id
                && r.stage() == Stage.PLANNING));

        // An experiment started in another tab appears too.
        long started = signedIn.as(planner, () -> experiments.create(Drafts.valid("새로 시작")));
        await(window, () -> view.rowElements.containsKey(started));

        // Removed by the owner: the strip disappears, the others stay.
        long plannerId = accounts.findByEmail(planner).orElseThrow().id();
        long memberId = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.userId() == plannerId).findFirst().orElseThrow().memberId();
        signedIn.run(owner, () -> experiments.removeMember(id, memberId));
        await(window, () -> !view.rowElements.containsKey(id));
        assertThat(view.shownRows()).extracting(r -> r.experimentId()).containsExactlyInAnyOrder(mine, started);
    }
    @Test
    void aCoOwnersSaveWhileThePlanIsOpenFillsUntouchedFieldsAndMarksTheTouchedOneUntilDecided() {
        Team t = team();
        String coOwner = newAccount("박공동");
        teams.join(t.owner(), t.id(), coOwner, MemberRole.PLANNER);
        long coOwnerId = accounts.findByEmail(coOwner).orElseThrow().id();
        teams.changeRole(t.owner(), t.id(), signedIn.as(t.owner(), () -> experiments.get(t.id())).members().stream()
                .filter(m -> m.userId() == coOwnerId).findFirst().orElseThrow().memberId(), MemberRole.OWNER);
        BrowserlessUIContext window = windowOf(t.owner());
        PortfolioView view = window.navigate(PortfolioView.class);
        in(window);
        view.openPlanFor(t.id());
        PlanDialog dialog = opened(window, PlanDialog.class);
        in(window).test(dialog.preparation).setValue(LocalDate.of(2027, 3, 1));

        // The co-owner opens the same dates: the owner's dialog says who is there too.
        assertThat(presence.inForm(t.id(), "stage-plan")).extracting(PresenceRegistry.FormUser::displayName)
                .contains(accounts.findByEmail(t.owner()).orElseThrow().displayName());
        try (var seat = presence.enterForm(t.id(), "stage-plan", coOwnerId, "박공동")) {
            await(window, () -> dialog.form.others().isVisible()
                    && dialog.form.others().getElement().getTextRecursively().contains("박공동"));
        }

        // The co-owner saves the planning and preparation starts meanwhile.
        signedIn.run(coOwner, () -> portfolio.savePlan(t.id(), -1,
                new StagePlanDraft(null, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 15), null)));
        await(window, () -> dialog.form.marked().contains("preparation"));
        assertThat(dialog.planning.getValue()).as("untouched: follows").isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(dialog.preparation.getValue()).as("touched: kept").isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(dialog.form.noteOf("preparation").getElement().getTextRecursively()).contains("박공동")
                .contains("2027년 2월 15일");

        // Saving waits for the choice, and says why.
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getText()).contains("박공동");
        assertThat(signedIn.as(t.owner(), () -> portfolio.plan(t.id())).set().preparation())
                .isEqualTo(LocalDate.of(2027, 2, 15));

        // Keeping one's own date, the save goes over the co-owner's version: their planning start stays.
        dialog.form.keepMine("preparation");
        in(window).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        var saved = signedIn.as(t.owner(), () -> portfolio.plan(t.id())).set();
        assertThat(saved.planning()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(saved.preparation()).isEqualTo(LocalDate.of(2027, 3, 1));
    }
}
