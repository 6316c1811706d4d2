package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The cue sheet with two planners: the owner makes a segment longer and the planner's sheet shows every later segment
 * shifted within 2 s. Then axe on the sheet, its dialog, the run-day phone view and the print sheets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CueSheetIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    Page sheet(String email, long id) {
        warmUp();
        Page page = browsers.loggedIn(email);
        page.navigate("/experiments/" + id + "/cuesheet");
        assertThat(page.locator("#cue-grid")).isVisible();
        assertThat(time(page, 0)).not().isEmpty(
                new LocatorAssertions.IsEmptyOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        return page;
    }

    private static boolean warm;

    /**
     * The first page a fresh app serves can take longer than the 20 s page timeout on a busy machine (class loading,
     * the first Vaadin bootstrap): wait for the login form once, patiently, before the timed steps.
     */
    static void warmUp() {
        if (warm) {
            return;
        }
        Page page = browsers.newContext().newPage();
        page.navigate("/login", new Page.NavigateOptions().setTimeout(120_000));
        assertThat(page.locator("input[name=username]")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        page.close();
        warm = true;
    }

    /** The time cell ("14:15–15:15") of row {@code index}: the grid's second column. */
    static Locator time(Page page, int index) {
        return page.locator("#cue-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\d\\d:\\d\\d–\\d\\d:\\d\\d$")))
                .nth(index);
    }

    static List<LocalTime> span(Locator cell) {
        String[] parts = cell.textContent().strip().split("–");
        return List.of(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    @Test
    void aLongerSegmentShiftsTheLaterTimesOnTheSecondPlannersScreen() {
        long id = browsers.nightSchoolId();
        Page owner = sheet(OWNER, id);
        Page planner = sheet(PLANNER, id);
        planner.evaluate("() => window.__sameDocument = 'yes'");
        List<LocalTime> secondBefore = span(time(planner, 1));
        List<LocalTime> thirdBefore = span(time(planner, 2));
        List<LocalTime> fourthBefore = span(time(planner, 3));

        // The owner makes the second segment 15 minutes longer in its dialog.
        owner.locator("#cue-grid vaadin-button.cue-edit").nth(1).click();
        Locator minutes = owner.locator("#cue-minutes input");
        assertThat(minutes).isVisible();
        int was = Integer.parseInt(minutes.inputValue());
        minutes.fill(String.valueOf(was + 15));
        minutes.press("Tab");
        screenshot(owner, "cuesheet-1-owner-dialog");
        owner.locator("#cue-save").click();
        assertThat(owner.locator("#cue-dialog")).hasCount(0);

        String third = thirdBefore.get(0).plusMinutes(15) + "–" + thirdBefore.get(1).plusMinutes(15);
        String fourth = fourthBefore.get(0).plusMinutes(15) + "–" + fourthBefore.get(1).plusMinutes(15);
        assertThat(time(planner, 2)).hasText(third, new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
        assertThat(time(planner, 3)).hasText(fourth);
        assertThat(time(planner, 1)).hasText(secondBefore.get(0) + "–" + secondBefore.get(1).plusMinutes(15));
        assertEquals("yes", planner.evaluate("() => window.__sameDocument"), "the planner's page was reloaded");
        screenshot(planner, "cuesheet-2-planner-sees-shift");

        // Put it back, so other browser tests see the demo as seeded.
        owner.locator("#cue-grid vaadin-button.cue-edit").nth(1).click();
        owner.locator("#cue-minutes input").fill(String.valueOf(was));
        owner.locator("#cue-minutes input").press("Tab");
        owner.locator("#cue-save").click();
        assertThat(time(planner, 2)).hasText(thirdBefore.get(0) + "–" + thirdBefore.get(1),
                new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
    }

    @Test
    void theSheetItsDialogThePhoneViewAndThePrintSheetsPassAxe() {
        long id = browsers.nightSchoolId();
        warmUp();
        AxeScan axe = new AxeScan();
        Page owner = sheet(OWNER, id);
        axe.scan(owner, "owner cuesheet 1280");
        owner.locator("#cue-grid vaadin-button.cue-edit").first().click();
        assertThat(owner.locator("#cue-minutes input")).isVisible();
        axe.scan(owner, "owner cue dialog");
        owner.keyboard().press("Escape");

        owner.navigate("/experiments/" + id + "/cuesheet/print");
        assertThat(owner.locator(".cue-table")).isVisible();
        axe.scan(owner, "print sheet");
        screenshot(owner, "cuesheet-3-print");
        owner.navigate("/experiments/" + id + "/cuesheet/print/staff");
        assertThat(owner.locator(".staff-sheet").first()).isVisible();
        axe.scan(owner, "staff print sheets");
        screenshot(owner, "cuesheet-4-staff-print");

        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(phone, PARTNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(phone.locator("#experiments-grid")).isVisible();
        phone.navigate("/experiments/" + id + "/today");
        assertThat(phone.locator("#run-list .run-card").first()).isVisible();
        assertTrue((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "the run-day view scrolls sideways at 390 px");
        axe.scan(phone, "partner run day 390");
        screenshot(phone, "cuesheet-5-phone");

        assertTrue(axe.problems().isEmpty(), String.join("\n", axe.problems()));
    }
}
