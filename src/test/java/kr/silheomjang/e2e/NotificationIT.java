package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.attributeWithin;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A planner @mentions the owner in a card comment in one browser; the owner's bell lights up in another, live. The
 * owner's inbox lists it first and leads to the card's dialog; the inbox and the preferences pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationIT {

    /** The bell must light up within this time after the comment is sent. */
    private static final double LIVE_MS = 3000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void aMentionInOneBrowserLightsTheBellInTheOtherAndLeadsToTheCard() {
        long id = browsers.nightSchoolId();
        long card = browsers.bean(JdbcTemplate.class).queryForObject(
                "select id from card where experiment_id = ? and title = '홍보'", Long.class, id);
        Page owner = browsers.loggedIn(OWNER);
        Locator bell = owner.locator("#notification-bell");
        assertThat(bell).hasAttribute("data-unread", java.util.regex.Pattern.compile("[0-9]+"));
        int before = Integer.parseInt(bell.getAttribute("data-unread"));
        assertThat(before).as("the demo owner has unread notifications").isPositive();

        // The planner follows a link to the card: its dialog opens, and they mention the owner.
        Page planner = browsers.loggedIn(PLANNER);
        planner.navigate("/experiments/" + id + "/board?card=" + card);
        assertThat(planner.locator("#new-comment textarea")).isVisible();
        planner.locator("#new-comment textarea").fill("@김기획 홍보 문구 확인 부탁드려요");
        planner.locator("#send-comment").click();

        assertThat(bell).hasAttribute("data-unread", Integer.toString(before + 1), attributeWithin(LIVE_MS));
        assertThat(owner.locator("#notification-count")).hasText(Integer.toString(before + 1));
        screenshot(owner, "notification-1-bell-lit");

        // The inbox: newest first, the mention on top, a link to the card.
        bell.click();
        Locator first = owner.locator("#notification-list .notification-link").first();
        assertThat(first).containsText("이준비님이 '홍보' 카드 댓글에서 회원님을 언급했습니다");
        assertThat(first).hasAttribute("href", "experiments/" + id + "/board?card=" + card);
        screenshot(owner, "notification-2-inbox");
        AxeScan axe = new AxeScan();
        axe.scan(owner, "notification inbox");

        owner.locator("#notification-settings").click();
        assertThat(owner.locator("#pref-MENTIONED")).isVisible();
        screenshot(owner, "notification-3-preferences");
        axe.scan(owner, "notification preferences dialog");
        owner.locator("#notification-preferences-cancel").click();
        assertThat(owner.locator("#pref-MENTIONED")).hasCount(0);

        // Following the link opens the card and reads the notification.
        owner.locator("#notification-list .notification-link").first().click();
        assertThat(owner.locator("#new-comment textarea")).isVisible();
        assertThat(owner).hasURL(java.util.regex.Pattern.compile(".*/board\\?card=" + card));
        assertThat(bell).hasAttribute("data-unread", Integer.toString(before), attributeWithin(LIVE_MS));
        screenshot(owner, "notification-4-card-opened");

        assertThat(axe.problems()).as("serious or critical axe findings").isEmpty();
    }
}
