package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** Run-day check-in on a phone: a planner taps 참석 and the owner's phone shows the new count within 2 s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CheckInIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    Page phone(String email, long id) {
        Page page = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(page, email, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        page.navigate("/experiments/" + id + "/checkin");
        assertThat(page.locator("#checkin-list vaadin-button").first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        return page;
    }

    static int arrived(Page page) {
        return Integer.parseInt(page.locator("#checkin-arrived").textContent().strip());
    }

    @Test
    void aPlannerTapsArrivedAndTheOtherPhoneSeesTheCounterWithinTwoSeconds() {
        long id = browsers.nightSchoolId();
        Page planner = phone(PLANNER, id);
        Page owner = phone(OWNER, id);
        owner.evaluate("() => window.__sameDocument = 'yes'");
        int before = arrived(owner);

        // The cards fit the phone: no sideways scrolling.
        assertTrue((Boolean) planner.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth"), "page scrolls sideways at 390 px");

        Locator card = planner.locator("#checkin-list vaadin-button.checkin-card:not(.arrived)")
                .filter(new Locator.FilterOptions().setHasText("김어르신"));
        assertThat(card).hasCount(1);
        assertThat(card).containsText("촬영 불가");
        card.click();
        assertThat(planner.locator("#checkin-arrived")).hasText(String.valueOf(before + 1));
        assertThat(owner.locator("#checkin-arrived")).hasText(String.valueOf(before + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
        assertThat(owner.locator("#checkin-list vaadin-button.checkin-card.arrived")
                .filter(new Locator.FilterOptions().setHasText("김어르신"))).hasCount(1,
                        new LocatorAssertions.HasCountOptions().setTimeout(LIVE_MS));
        screenshot(planner, "checkin-1-planner-tapped-phone");
        screenshot(owner, "checkin-2-owner-sees-count-live");

        // A mistaken tap is undone from the notification; the other phone follows again.
        planner.locator("#checkin-undo").click();
        assertThat(owner.locator("#checkin-arrived")).hasText(String.valueOf(before),
                new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
        assertEquals("yes", owner.evaluate("() => window.__sameDocument"), "the owner's page was reloaded");
    }
}
