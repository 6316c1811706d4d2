package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.attributeWithin;
import static kr.silheomjang.e2e.BrowserSupport.openExperiment;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.support.Teams;

/**
 * Who else has the experiment open, as another member's browser shows it: arriving, closing the tab, logging out. No
 * shortened heartbeat is needed: Vaadin's client sends an unload beacon when the tab goes, which closes the UI at once.
 * The experiment and its two members are the test's own: a page another test class left open in this Spring context
 * (its browser closed without a beacon stays present until the reaper releases it, up to a minute) cannot show here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PresenceIT {

    private static final String OWNER_ONLY = "김현재";
    private static final String OWNER_AND_PLANNER = "김현재,이현재";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void arrivingClosingTheTabAndLoggingOutShowInAnotherMembersPresenceBar() {
        BrowserSupport.OwnTeam team = browsers.ownTeam("현재 보는 사람 실험장", "김현재", "이현재");
        long id = team.experimentId();
        Page a = browsers.loggedIn(team.owner(), Teams.PASSWORD);
        openExperiment(a, id);
        Locator aPresence = a.locator("#presence");
        assertThat(aPresence).hasAttribute("data-present", OWNER_ONLY);

        // B arrives: A's bar shows B within 2 s, without A reloading.
        Page b = browsers.loggedIn(team.planner(), Teams.PASSWORD);
        openExperiment(b, id);
        assertThat(aPresence).hasAttribute("data-present", OWNER_AND_PLANNER, attributeWithin(2000));
        assertThat(b.locator("#presence")).hasAttribute("data-present", OWNER_AND_PLANNER);
        screenshot(a, "presence-1-owner-sees-planner");
        // What the group tells a screen reader as people come and go is Korean too (Vaadin's Java API has no setter
        // for these two; ComponentTexts puts them on the same i18n object).
        Locator group = a.locator("#presence vaadin-avatar-group");
        org.junit.jupiter.api.Assertions.assertEquals("{user}님이 보기 시작했습니다",
                group.evaluate("g => g.i18n && g.i18n.joined"));
        org.junit.jupiter.api.Assertions.assertEquals("{user}님이 나갔습니다", group.evaluate("g => g.i18n && g.i18n.left"));
        // A screen reader hears B's arrival once, from the page's live region; the group's own region (it compares
        // its items as objects, and the server sends new ones) said "김현재님이 나갔습니다, 김현재님이 보기 시작했습니다,
        // 이현재님이 보기 시작했습니다" to 김현재.
        assertThat(a.locator("#live-announcer")).hasText("이현재님이 보기 시작했습니다",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(3000));
        a.waitForTimeout(500);
        String componentRegions = (String) a.evaluate("() => [...document.querySelectorAll('body > div[aria-live]')]"
                + ".map(d => d.textContent).join(' | ')");
        org.junit.jupiter.api.Assertions.assertFalse(componentRegions.contains("님이"), componentRegions);

        // B closes the tab: the unload beacon ends B's UI, so B leaves A's bar.
        long closedAt = System.nanoTime();
        b.close();
        assertThat(aPresence).hasAttribute("data-present", OWNER_ONLY, attributeWithin(5000));
        System.out.printf("PresenceIT: the planner left the owner's bar %d ms after closing the tab%n",
                (System.nanoTime() - closedAt) / 1_000_000);
        screenshot(a, "presence-2-planner-closed-tab");

        // B opens it again in the same browser, then logs out: B leaves again.
        Page b2 = b.context().newPage();
        openExperiment(b2, id);
        assertThat(aPresence).hasAttribute("data-present", OWNER_AND_PLANNER, attributeWithin(2000));
        long loggedOutAt = System.nanoTime();
        b2.locator("#logout").click();
        b2.waitForURL("**/login**");
        assertThat(aPresence).hasAttribute("data-present", OWNER_ONLY, attributeWithin(5000));
        System.out.printf("PresenceIT: the planner left the owner's bar %d ms after clicking logout%n",
                (System.nanoTime() - loggedOutAt) / 1_000_000);
        screenshot(a, "presence-3-planner-logged-out");
    }
}
