package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.attributeWithin;
import static kr.silheomjang.e2e.BrowserSupport.currentStage;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * The stage guide in two real browsers: the planner marks the 촬영 불가 list as shared on the people page and the
 * owner's overview checklist shows the item done within 2 s; the owner then moves on past the items still open,
 * which asks for a reason, and the planner's activity feed shows the move with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StageGuideIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Autowired
    ExperimentService experiments;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    @Test
    void aPlannerCompletesAnItemAndTheOwnersChecklistFollowsLive() {
        // A fresh experiment (the demo's stays as other tests expect it), already in 준비.
        long id = signedIn.as(OWNER, () -> experiments.create(Drafts.valid("단계 안내 확인")));
        teams.join(OWNER, id, PLANNER, MemberRole.PLANNER);
        long version = signedIn.as(OWNER, () -> experiments.get(id)).version();
        signedIn.run(OWNER, () -> experiments.moveStage(id, version, Stage.PREPARATION, "준비 단계부터 확인"));

        Page owner = browsers.loggedIn(OWNER);
        BrowserSupport.openExperiment(owner, id);
        Locator item = owner.locator("#stage-checklist .guide-item[data-key='people.check.noFilmingShared']");
        assertThat(item).hasAttribute("data-state", "OPEN");
        assertThat(owner.locator("#earlier-TOPIC_SELECTION")).hasCount(1);
        assertThat(owner.locator("#stage-advice li").first()).isVisible();
        screenshot(owner, "guide-1-owner-sees-preparation-checklist");

        Page planner = browsers.loggedIn(PLANNER);
        planner.navigate("/experiments/" + id + "/people");
        planner.locator("#film-list-shared").click();

        assertThat(item).hasAttribute("data-state", "DONE", attributeWithin(LIVE_MS));
        screenshot(owner, "guide-2-owner-sees-item-done-live");

        // Moving on with items still open shows them and asks for a reason. Both pages are live first (each sees
        // the other one present), so the planner's page is listening before the owner moves.
        BrowserSupport.openExperiment(planner, id);
        assertThat(planner.locator("#presence")).hasAttribute("data-present", java.util.regex.Pattern.compile("김기획"));
        assertThat(owner.locator("#presence")).hasAttribute("data-present", java.util.regex.Pattern.compile("이준비"));
        owner.locator("#next-stage").click();
        assertThat(owner.locator("#stage-move-dialog #open-items li").first()).isVisible();
        assertThat(owner.locator("#move-early")).isVisible(); // 진행 before the event day is said plainly
        screenshot(owner, "guide-3-owner-asked-for-a-reason");
        owner.locator("#stage-move-reason textarea").fill("참여자 확정은 행사 전날까지 마칩니다");
        owner.locator("#confirm-stage-move").click();

        // The planner's page was just loaded: its first update also waits for its push connection on a busy machine
        // (as in SelectionMeetingIT); the owner's page above had to follow within the live budget.
        assertThat(currentStage(planner)).hasAttribute("data-stage", Stage.RUN_DAY.name());
        assertThat(planner.locator("#activity-feed vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("참여자 확정은 행사 전날까지 마칩니다")))
                .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(LIVE_MS));
        assertThat(planner.locator("#stage-flags [data-flag=RUN_BEFORE_EVENT_DAY]")).isVisible();
        screenshot(planner, "guide-4-planner-sees-move-reason-and-flag");
    }
}
