package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static kr.silheomjang.e2e.BrowserSupport.textWithin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The follow-up retrospective in real browsers: a participant answers their group's link on a phone, without an
 * account, while a planner has the board open and sees the answer appear under 참여자 · 아쉬웠던 점 without a reload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FollowupIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void aParticipantAnswersTheRetrospectiveLinkOnAPhoneWhileAPlannerSeesItAppear() {
        long experimentId = browsers.nightSchoolId();
        Page planner = browsers.loggedIn(PLANNER);
        planner.navigate("/experiments/" + experimentId + "/followup");
        Locator link = planner.locator(".retro-link-row[data-party=PARTICIPANT] .retro-link-url input");
        assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/s/.+"));
        String url = link.inputValue();
        screenshot(planner, "followup-1-planner-board");

        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("ko-KR")).newPage();
        phone.navigate(url.substring(url.indexOf("/s/")));
        assertThat(phone.locator("#survey-title")).hasText("실험장 회고 — 참여자");
        Locator answers = phone.locator(".survey-question vaadin-text-area textarea");
        assertThat(answers).hasCount(3);
        String regret = "계단이 많아 오기 힘들었어요 " + System.nanoTime() % 10_000;
        answers.nth(1).fill(regret);
        answers.nth(1).press("Tab");
        screenshot(phone, "followup-2-phone-filled");
        phone.locator("#survey-submit").click();
        assertThat(phone.locator("#survey-thanks")).hasText("응답해 주셔서 감사합니다!");

        Locator column = planner.locator(".retro-party[data-party=PARTICIPANT] .retro-column[data-kind=REGRET]");
        assertThat(column.locator(".retro-item-text").filter(new Locator.FilterOptions().setHasText(regret)))
                .hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                        .setTimeout(LIVE_MS));
        screenshot(planner, "followup-3-planner-sees-answer");

        // The planner turns it into a "next time" action.
        // "다음에는" opens the item's text to confirm or shorten (an action is one checklist line at most).
        column.locator(".retro-item").filter(new Locator.FilterOptions().setHasText(regret))
                .locator(".retro-to-action").click();
        Locator actionText = planner.locator("#retro-action-dialog #retro-action-text textarea");
        assertThat(actionText).hasValue(regret);
        assertThat(actionText).isFocused();
        AxeScan axe = new AxeScan();
        axe.scan(planner, "planner next-time dialog");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), axe.problems(), "axe findings");
        screenshot(planner, "followup-4-next-time-dialog");
        planner.locator("#retro-action-confirm").click();
        assertThat(planner.locator("#retro-action-dialog")).hasCount(0);
        assertThat(planner.locator("#retro-actions .retro-action-text").filter(new Locator.FilterOptions()
                .setHasText(regret))).hasCount(1);
        assertThat(planner.locator("#retro-actions")).containsText(regret, new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        screenshot(planner, "followup-4-action-made");
        planner.locator("#retro-board").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("followup-5-board.png")));
        planner.locator("#retro-actions").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("followup-6-actions.png")));
    }

    @Test
    void withoutAMailServerTheMailPageSaysSoAndStillPreviewsAndOffersTheCsv() {
        long experimentId = browsers.nightSchoolId();
        Page owner = browsers.loggedIn(BrowserSupport.OWNER);
        owner.navigate("/experiments/" + experimentId + "/followup/mail");
        assertThat(owner.locator("#mail-not-configured")).containsText("메일 서버(SMTP)가 설정되지 않아");
        assertThat(owner.locator("#mail-recipient-summary")).hasAttribute("data-count",
                java.util.regex.Pattern.compile("[1-9]\\d*"));
        assertThat(owner.locator("#mail-preview")).containsText("님, 안녕하세요.");
        assertThat(owner.locator("#mail-csv")).hasAttribute("href", java.util.regex.Pattern.compile(".+"));
        screenshot(owner, "followup-7-mail");
        owner.locator(".mailing-editor").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("followup-8-mail-editor.png")));
    }

    @Test
    void theOverviewShowsTheFollowUpChecklistAndTheOwnerClosesTheExperiment() {
        var signedIn = browsers.bean(kr.silheomjang.support.SignedIn.class);
        var experiments = browsers.bean(kr.silheomjang.experiment.ExperimentService.class);
        long id = signedIn.as(BrowserSupport.OWNER, () -> experiments.create(
                kr.silheomjang.support.Drafts.valid("마감해 볼 실험장")));
        long version = signedIn.as(BrowserSupport.OWNER, () -> experiments.get(id)).version();
        signedIn.run(BrowserSupport.OWNER, () -> experiments.moveStage(id, version,
                kr.silheomjang.experiment.Stage.FOLLOW_UP, "실행 단계는 건너뛴 시험용 실험장"));
        Page owner = browsers.loggedIn(BrowserSupport.OWNER);
        BrowserSupport.openExperiment(owner, id);
        Locator checklist = owner.locator("#stage-checklist");
        assertThat(checklist).containsText("피드백 수집");
        assertThat(checklist).containsText("감사메일 발송");
        assertThat(checklist).containsText("결과 공유");
        assertThat(checklist).containsText("보고서 작성");
        owner.locator("#stage-guide").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("followup-9-overview-checklist.png")));

        owner.navigate("/experiments/" + id + "/followup");
        owner.locator("#followup-close").click();
        // One question first; its safe answer has the focus, so Enter out of habit closes nothing.
        assertThat(owner.locator("#close-question")).hasAttribute("opened", "");
        assertThat(owner.locator("#close-keep")).isFocused();
        owner.locator("#close-question vaadin-button[slot=confirm-button]").click();
        assertThat(owner.locator("#followup-closing")).hasAttribute("data-closed", "true");
        assertThat(owner.locator("#followup-closing")).containsText("마감한 실험장입니다");
        // A write after closing is refused in Korean, never a stack trace.
        owner.locator("#retro-text textarea").fill("마감 뒤에 쓴 글");
        owner.locator("#retro-text textarea").press("Tab");
        owner.locator("#retro-add").click();
        assertThat(owner.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("마감된 실험장입니다"))).hasCount(1);
        screenshot(owner, "followup-10-closed");
    }
}
