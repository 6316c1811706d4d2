package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.attributeWithin;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The public results page in real browsers: a planner makes a fresh address, the owner publishes the demo's draft; an
 * anonymous phone-size browser opens it — noindex while a draft, indexable once published — with axe-core finding no
 * serious or critical violation and no participant's name anywhere on it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicResultsIT {

    /** The demo participants (people module's seeder): none may appear on the public page. */
    static final List<String> DEMO_NAMES = List.of("박제안", "김어르신", "이학생", "최선생", "정사회", "한퍼실", "오스탭",
            "윤촬영", "서협력");

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void theOwnerPublishesTheResultsPageAndAnAnonymousPhoneReadsItAccessiblyWithoutPersonalData() {
        long experimentId = browsers.nightSchoolId();
        Page planner = browsers.loggedIn(PLANNER);
        planner.navigate("/experiments/" + experimentId + "/followup/results");
        assertThat(planner.locator("#results-state")).hasAttribute("data-state", "draft");
        assertThat(planner.locator("#results-preview #results-title")).isVisible();
        // Only the hash is stored: a fresh address is made to be shown.
        // The page is a snapshot: bring it up to date first (other tests may have renamed the demo experiment).
        planner.locator("#results-rebuild").click();
        planner.locator("#results-new-address").click();
        // The old address stops working: asked first, the safe answer focused.
        assertThat(planner.locator("#results-new-address-question")).hasAttribute("opened", "");
        assertThat(planner.locator("#results-new-address-keep")).isFocused();
        planner.locator("#results-new-address-question vaadin-button[slot=confirm-button]").click();
        Locator link = planner.locator("#results-link input");
        assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/r/[A-Za-z0-9_-]{40,}"));
        String url = link.inputValue();
        String path = url.substring(url.indexOf("/r/"));
        screenshot(planner, "results-1-planner-draft");

        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("ko-KR")).newPage();
        phone.navigate(path);
        // Other tests may have renamed the demo experiment: the page carries whatever its title is now.
        assertThat(phone.locator("#results-title")).hasText(planner.locator("#experiment-title").innerText().strip());
        assertThat(phone.locator("#results-draft-note")).isVisible();
        assertThat(phone.locator("meta[name=robots]")).hasAttribute("content", "noindex");

        // The planner prepares it; the owner decides it goes public, and the planner's page follows live.
        assertThat(planner.locator("#results-publish")).isHidden();
        Page owner = browsers.loggedIn(OWNER);
        owner.navigate("/experiments/" + experimentId + "/followup/results");
        owner.locator("#results-publish").click();
        assertThat(owner.locator("#results-state")).hasAttribute("data-state", "published", attributeWithin(5000));
        assertThat(planner.locator("#results-state")).hasAttribute("data-state", "published", attributeWithin(5000));

        phone.reload();
        assertThat(phone.locator("#results-title")).isVisible();
        assertThat(phone.locator("#results-draft-note")).hasCount(0);
        assertThat(phone.locator("meta[name=robots]")).hasCount(0);
        assertThat(phone.locator("#results-questions")).containsText("판정");
        assertThat(phone.locator("#results-archive img.results-image")).hasAttribute("alt",
                java.util.regex.Pattern.compile("칠판 앞"));
        assertThat(phone.locator("#results-next")).containsText("오픈채팅방");
        String text = phone.locator("body").innerText();
        for (String name : DEMO_NAMES) {
            org.assertj.core.api.Assertions.assertThat(text).as("participant name on the public page")
                    .doesNotContain(name);
        }
        // Readable on a phone: nothing wider than the screen.
        org.assertj.core.api.Assertions.assertThat(((Number) phone.evaluate(
                "() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        screenshot(phone, "results-2-phone-published");

        AxeResults axe = new AxeBuilder(phone).analyze();
        List<String> bad = axe.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Rule::getId).toList();
        org.assertj.core.api.Assertions.assertThat(bad).as("axe serious/critical violations").isEmpty();

        // A wrong address shows nothing of the experiment.
        phone.navigate("/r/" + "x".repeat(43));
        assertThat(phone.locator("#results-unavailable")).isVisible();
        assertThat(phone.locator("#results-title")).hasCount(0);
    }
}
