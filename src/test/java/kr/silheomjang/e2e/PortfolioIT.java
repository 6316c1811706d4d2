package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;

/**
 * The portfolio timeline in a real browser: the demo's strips on a desktop with the zoom switch and the keyboard, the
 * planned-dates dialog, print media on A4 landscape with everything on the page, the list on a 390 px phone, a partner
 * guest's single strip, and axe-core on each (0 serious/critical).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortfolioIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void theOwnersStripsZoomOpenByKeyboardPrintOnA4AndBecomeAListOnAPhone() {
        long night = browsers.nightSchoolId();
        AxeScan axe = new AxeScan();
        Page owner = browsers.loggedIn(OWNER);
        owner.navigate("/portfolio");
        Locator nightRow = owner.locator(".pf-row[data-experiment='" + night + "']");
        assertThat(nightRow).isVisible();
        assertTrue(owner.locator(".pf-rows .pf-row").count() >= 2, "both demo experiments");
        // Planned and actual bands, the demo's milestones, the event day and today.
        assertTrue(nightRow.locator(".pf-planned").count() == 5);
        assertTrue(nightRow.locator(".pf-actual").count() >= 2, "topic selection and planning were reached");
        assertTrue(nightRow.locator(".pf-ms").count() >= 3, "template and demo milestones");
        assertThat(nightRow.locator(".pf-dday")).hasCount(1);
        assertThat(nightRow.locator(".pf-today")).hasCount(1);
        // Other browser tests move the demo experiment's stage: the description names the stage it is in now.
        String stage = browsers.bean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select stage from experiment where id = ?", String.class, night);
        String stageName = java.util.Map.of("TOPIC_SELECTION", "주제 선정", "PLANNING", "기획", "PREPARATION", "준비",
                "RUN_DAY", "진행", "FOLLOW_UP", "후속 작업").get(stage);
        assertThat(owner.locator("#pf-desc-" + night)).containsText("현재 단계 " + stageName);
        assertThat(owner.locator("#pf-desc-" + night)).containsText(Pattern.compile("\\d{4}년 \\d{1,2}월 \\d{1,2}일"));
        screenshot(owner, "portfolio-1-month");
        axe.scan(owner, "owner /portfolio month 1280");

        double monthWidth = owner.locator("#portfolio-strip").boundingBox().width;
        owner.locator("#portfolio-zoom vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("분기"))
                .click();
        assertThat(owner.locator(".pf-axis")).containsText("분기");
        double quarterWidth = owner.locator("#portfolio-strip").boundingBox().width;
        assertTrue(quarterWidth < monthWidth, "quarter zoom is narrower: " + quarterWidth + " < " + monthWidth);
        screenshot(owner, "portfolio-2-quarter");

        // The planned-dates dialog (owner), scanned and closed by keyboard.
        nightRow.locator(".pf-plan-button").click();
        assertThat(owner.locator("#pf-plan-planning")).isVisible();
        axe.scan(owner, "owner planned-dates dialog");
        owner.keyboard().press("Escape");
        assertThat(owner.locator("#pf-plan-planning")).isHidden();

        // Print: A4 landscape at 96 dpi; controls gone, every strip and marker inside the page width.
        owner.setViewportSize(1123, 794);
        owner.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(owner.locator(".pf-tools")).isHidden();
        assertThat(owner.locator(".pf-plan-button").first()).isHidden();
        for (Locator element : List.of(owner.locator(".pf-row"), owner.locator(".pf-ms"), owner.locator(".pf-bar"))) {
            for (int i = 0; i < element.count(); i++) {
                BoundingBox box = element.nth(i).boundingBox();
                assertTrue(box != null && box.x >= 0 && box.x + box.width <= 1123.5,
                        "on the page when printed: " + (box == null ? "hidden" : box.x + "+" + box.width));
            }
        }
        screenshot(owner, "portfolio-3-print");
        owner.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        owner.setViewportSize(1280, 900);

        // Keyboard: the strip's link opens the experiment.
        nightRow.locator("a.pf-title").focus();
        owner.keyboard().press("Enter");
        owner.waitForURL(Pattern.compile(".*/experiments/" + night + "$"));

        // A phone: the list with stage, next milestone and D-day, nothing wider than the screen.
        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(phone, OWNER, BrowserSupport.DEMO_PASSWORD);
        phone.navigate("/portfolio");
        Locator item = phone.locator(".pf-item[data-experiment='" + night + "']");
        assertThat(item).isVisible();
        assertThat(item).containsText("현재 단계: " + stageName);
        assertThat(item).containsText("다음 마일스톤");
        assertThat(item.locator(".dday-badge")).hasText(Pattern.compile("D-\\d+"));
        assertThat(phone.locator(".pf-scroller")).isHidden();
        AxeScan.settle(phone);
        Object width = phone.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= 390, "page width on a phone: " + width);
        screenshot(phone, "portfolio-4-phone");
        axe.scan(phone, "owner /portfolio 390");

        // A partner guest sees only the experiment they were invited to.
        Page partner = browsers.loggedIn(PARTNER);
        partner.navigate("/portfolio");
        assertThat(partner.locator(".pf-rows .pf-row")).hasCount(1);
        assertThat(partner.locator(".pf-row[data-experiment='" + night + "']")).isVisible();
        assertThat(partner.locator(".pf-plan-button")).hasCount(0);
        axe.scan(partner, "partner /portfolio 1280");

        assertEquals(List.of(), axe.problems(), "axe findings");
    }
}
