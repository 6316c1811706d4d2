package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

/**
 * Search (issue 15) in a real browser: {@code /} focuses the header's box (but is just a slash inside a field), the
 * demo's "야학" finds the night school, its proposal and archive items grouped by kind with the word marked, a result
 * opens its exact place (the card's dialog on the board, the archive item focused), the page passes axe, and the
 * partner guest gets no proposals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** The first pages a fresh app serves can take long on a busy machine; the tests' own budgets start after them. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        Page page = browsers.newContext().newPage();
        page.navigate("/login", new Page.NavigateOptions().setTimeout(120_000));
        page.locator("input[name=username]").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        page.locator("input[name=username]").fill(OWNER);
        page.locator("input[name=password]").fill(BrowserSupport.DEMO_PASSWORD);
        page.locator("vaadin-button[slot=submit]").click();
        page.locator("#experiments-grid").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
        page.navigate("/search?q=x", new Page.NavigateOptions().setTimeout(120_000));
        page.locator("#search-query").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
    }

    @Test
    void slashSearchesAndAResultOpensItsExactPlace() {
        Page owner = browsers.loggedIn(OWNER);
        AxeScan axe = new AxeScan();

        // "/" outside any field focuses the search box ...
        owner.locator("body").press("/");
        assertThat(owner.locator("#global-search input")).isFocused();
        owner.keyboard().type("야학");
        owner.keyboard().press("Enter");
        owner.waitForURL(Pattern.compile(".*/search\\?q=.*"));

        // ... the results come grouped by kind, the word marked inside "일일야학".
        assertThat(owner.locator("#search-summary")).containsText("검색 결과");
        assertThat(owner.locator("#search-group-experiment")).containsText("일일야학"); // in-word: 야학 → 일일야학
        assertThat(owner.locator("#search-group-experiment mark").first()).hasText("야학");
        assertThat(owner.locator("#search-group-proposal")).isVisible();
        assertThat(owner.locator("#search-group-archive")).containsText("서울역 대합실의 야학 수업");
        assertThat(owner.locator("#search-group-experiment h3")).containsText("실험장");
        screenshot(owner, "search-1-grouped-results");
        axe.scan(owner, "owner /search?q=야학");

        // Inside a field "/" is just a slash: the search page's own field keeps the focus and gets the character.
        owner.locator("#search-query input").fill("");
        owner.locator("#search-query input").pressSequentially("홍보/");
        assertThat(owner.locator("#search-query input")).isFocused();
        assertThat(owner.locator("#search-query input")).hasValue("홍보/");

        // An archive result opens the archive with that item shown and focused.
        owner.locator("#search-group-archive a.search-hit-link").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("서울역 대합실의 야학 수업")).click();
        owner.waitForURL(Pattern.compile(".*/followup/archive\\?item=[0-9]+"));
        assertThat(owner.locator(".archive-item.deep-link-target")).containsText("서울역 대합실의 야학 수업");
        screenshot(owner, "search-2-archive-item-opened");

        // A card result opens the board with the card's dialog.
        owner.locator("body").press("/");
        assertThat(owner.locator("#global-search input")).isFocused();
        owner.keyboard().press("Control+A"); // the header box still holds the last search
        owner.keyboard().type("홍보");
        owner.keyboard().press("Enter");
        owner.waitForURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(owner.locator("#search-group-card mark").first()).hasText("홍보");
        owner.locator("#search-group-card a.search-hit-link").first().click();
        owner.waitForURL(Pattern.compile(".*/board\\?card=[0-9]+"));
        assertThat(owner.locator("#card-dialog #card-title")).isVisible();
        assertThat(owner.locator("#card-dialog #card-title input")).hasValue(Pattern.compile(".*홍보.*"));
        screenshot(owner, "search-3-card-opened");

        // A survey answer opens the survey's results with that answer marked.
        owner.navigate("/search?q=" + java.net.URLEncoder.encode("시끄러워", java.nio.charset.StandardCharsets.UTF_8));
        owner.locator("#search-group-survey-answer a.search-hit-link").first().click();
        owner.waitForURL(Pattern.compile(".*/surveys/[0-9]+/results\\?answer=[0-9]+"));
        assertThat(owner.locator("#marked-answer")).containsText("시끄러워서 조금 힘들었어요");
        assertThat(owner.locator("#marked-answer")).isInViewport();
        assertThat(owner.locator(".survey-texts li.marked")).hasCount(1);
        screenshot(owner, "search-3b-answer-marked");
        axe.scan(owner, "owner survey results with a marked answer");

        // The partner guest finds the night school too, never the organisation's proposal pool.
        Page partner = browsers.loggedIn(PARTNER);
        partner.navigate("/search?q=" + java.net.URLEncoder.encode("야학", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(partner.locator("#search-group-experiment")).containsText("일일야학");
        assertThat(partner.locator("#search-group-proposal")).hasCount(0);
        screenshot(partner, "search-4-partner-results");
        axe.scan(partner, "partner /search?q=야학");

        Assertions.assertEquals(List.of(), axe.problems(), "axe findings");
    }

    @Test
    void onAPhoneTheBoxFitsTheHeaderAndTheResultsFitTheScreen() {
        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(phone, OWNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(phone.locator("#global-search")).isVisible();
        phone.navigate("/search?q=" + java.net.URLEncoder.encode("야학", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(phone.locator("#search-group-experiment")).isVisible();
        Assertions.assertTrue((Boolean) phone.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth"), "page scrolls sideways at 390 px");
        screenshot(phone, "search-5-phone");
    }
}
