package kr.silheomjang.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The stage guide on the overview and in the list, in browserless windows of an owner and a planner. */
class StageGuideViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;

    ExperimentOverviewView open(BrowserlessUIContext window, long id) {
        return window.navigate(ExperimentOverviewView.class, Map.of(ExperimentOverviewView.PARAM, String.valueOf(id)));
    }

    static Component item(ExperimentOverviewView view, String key) {
        return view.guidePanel.checklist.getChildren()
                .filter(c -> key.equals(c.getElement().getAttribute("data-key"))).findFirst().orElseThrow();
    }

    static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                c.getChildren().flatMap(StageGuideViewTest::descendants));
    }

    static String state(ExperimentOverviewView view, String key) {
        return item(view, key).getElement().getAttribute("data-state");
    }

    @Test
    void theOwnerMarksAnItemNotApplicableAndThePlannerSeesItLiveWithTheReason() {
        String owner = newAccount("점검 소유자");
        String planner = newAccount("점검 기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("점검 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext windowO = windowOf(owner);
        ExperimentOverviewView viewO = open(windowO, id);
        BrowserlessUIContext windowP = windowOf(planner);
        ExperimentOverviewView viewP = open(windowP, id);

        // 주제 선정: the questions are written, the proposer's consent is not; the next step links to its place.
        assertThat(state(viewO, "experiment.check.questions")).isEqualTo("DONE");
        assertThat(state(viewO, "people.check.proposerConsent")).isEqualTo("OPEN");
        assertThat(viewO.guidePanel.nextSteps.getElement().getOuterHTML())
                .contains("experiments/" + id + "/people?tab=proposer").contains("제안자 동의 기록");
        assertThat(viewO.guidePanel.advice.getChildren().count()).isEqualTo(4);
        // Only owners may mark "해당 없음".
        assertThat(item(viewP, "people.check.proposerConsent").getElement().getOuterHTML())
                .doesNotContain("mark-not-applicable");

        Button mark = descendants(item(viewO, "people.check.proposerConsent")).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.hasClassName("mark-not-applicable")).findFirst().orElseThrow();
        in(windowO).test(mark).click();
        NotApplicableDialog dialog = opened(windowO, NotApplicableDialog.class);
        in(windowO).test(dialog.confirm).click(); // no reason: refused in Korean, the dialog stays
        assertThat(dialog.isOpened()).isTrue();
        in(windowO).test(dialog.reason).setValue("기관이 직접 정한 의제입니다");
        in(windowO).test(dialog.confirm).click();

        await(windowP, () -> "NOT_APPLICABLE".equals(state(viewP, "people.check.proposerConsent")));
        assertThat(item(viewP, "people.check.proposerConsent").getElement().getTextRecursively())
                .contains("기관이 직접 정한 의제입니다").contains("점검 소유자");
        await(windowP, () -> in(windowP).test(viewP.activity).getCellText(0, 1)
                .equals("점검 소유자님이 \"제안자 동의 기록 (제안자를 모르면 사전 공개)\"를 해당 없음으로 표시했습니다: "
                        + "기관이 직접 정한 의제입니다"));

        // With the stage's other open items (e.g. the proposal pool's) marked as well, nothing is open in 주제 선정:
        // moving on happens at once, no dialog.
        var guide = spring.getBean(kr.silheomjang.experiment.StageGuideService.class);
        var c = signedIn.as(owner, () -> guide.checklist(id));
        c.open(Stage.TOPIC_SELECTION).forEach(i -> signedIn.run(owner,
                () -> guide.markNotApplicable(id, i.key(), "이번에는 해당 없음")));
        int stageItems = c.of(Stage.TOPIC_SELECTION).size();
        await(windowO, () -> viewO.checklist.open(Stage.TOPIC_SELECTION).isEmpty());
        in(windowO).test(viewO.nextStage).click();
        assertThat(in(windowO).find(StageMoveDialog.class).all()).isEmpty();
        await(windowP, () -> ExperimentViewsTest.currentStage(viewP).equals(Stage.PLANNING.name()));
        // The earlier stage is folded away with its count.
        await(windowP, () -> viewP.guidePanel.earlier.getElement().getTextRecursively().contains("주제 선정 단계 (" + stageItems + "/" + stageItems + " 완료)"));
    }

    @Test
    void theListShowsEachRowsOpenItemsAndFollowsLive() {
        String owner = newAccount("목록 소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("목록 점검")));
        BrowserlessUIContext window = windowOf(owner);
        ExperimentListView list = window.navigate(ExperimentListView.class);
        var grid = in(window).test(list.grid);
        var guide = spring.getBean(kr.silheomjang.experiment.StageGuideService.class);
        var c = signedIn.as(owner, () -> guide.checklist(id));
        int open = c.open(Stage.TOPIC_SELECTION).size();
        int items = c.of(Stage.TOPIC_SELECTION).size();
        assertThat(open).isPositive(); // at least the proposer's consent
        assertThat(grid.getRow(0).summary().id()).isEqualTo(id);
        assertThat(grid.getRow(0).openItems()).isEqualTo(open);
        assertThat(grid.getRow(0).stageItems()).isEqualTo(items);
        assertThat(grid.getCellText(0, 2)).isEqualTo("남은 일 " + open + "/" + items);

        signedIn.run(owner, () -> guide.markNotApplicable(id, "people.check.proposerConsent", "기관 의제"));
        await(window, () -> in(window).test(list.grid).getRow(0).openItems() == open - 1);
        c.open(Stage.TOPIC_SELECTION).stream().filter(i -> !i.key().equals("people.check.proposerConsent"))
                .forEach(i -> signedIn.run(owner, () -> guide.markNotApplicable(id, i.key(), "해당 없음")));
        await(window, () -> in(window).test(list.grid).getRow(0).openItems() == 0);
        assertThat(in(window).test(list.grid).getCellText(0, 2)).isEqualTo("모두 완료");
    }
}
