package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.openExperiment;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/** Korean first whatever the browser prefers, English on request, and the overview on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageAndPhoneIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /**
     * The Korean words under the selector that a line break cuts in two ("앞|뒤" and the element): within one text,
     * a letter that sits lower than the Hangul syllable before it with no space between them.
     */
    static final String KOREAN_WORDS_SPLIT = """
            selector => {
              const hangul = c => /[\\uAC00-\\uD7A3]/.test(c);
              const out = [];
              const range = document.createRange();
              for (const root of document.querySelectorAll(selector)) {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                  const s = t.textContent;
                  let before = null;
                  for (let i = 0; i < s.length; i++) {
                    range.setStart(t, i);
                    range.setEnd(t, i + 1);
                    const r = range.getClientRects()[0];
                    if (/\\s/.test(s[i]) || !r || r.width === 0) {
                      before = null;
                      continue;
                    }
                    if (before && hangul(before.c) && hangul(s[i]) && r.top > before.top + 3) {
                      out.push(s.slice(Math.max(0, i - 6), i) + '|' + s.slice(i, i + 6) + ' in '
                          + t.parentElement.tagName.toLowerCase() + '.' + t.parentElement.className);
                    }
                    before = {c: s[i], top: r.top};
                  }
                }
              }
              return out;
            }""";

    @Test
    void koreanByDefaultForAnEnglishBrowserAndEnglishAfterTheSwitch() {
        Page page = browsers.newContext().newPage();
        page.navigate("/login");
        assertEquals("en-US", page.evaluate("() => navigator.language"), "the browser should prefer US English");
        assertThat(page.locator("#login-form")).containsText("로그인");
        assertThat(page.locator("#login-form")).containsText("이메일");
        assertThat(page.locator("#language-switch")).hasText("English");
        assertThat(page).hasTitle("로그인 · 실험장");
        screenshot(page, "language-1-login-korean-for-en-US-browser");

        BrowserSupport.login(page, OWNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("h2")).hasText("내 실험장");
        assertThat(page.locator("#side-nav")).containsText("실험장 목록");
        assertThat(page.locator("#logout")).hasText("로그아웃");
        assertThat(page.locator("#global-search input")).hasAttribute("placeholder", "검색 ( / )");

        page.locator("#language-switch").click();
        assertThat(page.locator("#language-switch")).hasText("한국어");
        assertThat(page.locator("h2")).hasText("My experiments");
        assertThat(page.locator("#side-nav")).containsText("Experiments");
        assertThat(page.locator("#logout")).hasText("Log out");
        assertThat(page.locator("#experiments-grid")).containsText("Owner");
        screenshot(page, "language-2-list-english");

        // The choice holds on the next page, and the overview speaks English too.
        openExperiment(page, browsers.nightSchoolId());
        assertThat(page.locator("#edit-experiment")).hasText("Edit");
        assertThat(page.locator("#next-stage")).containsText("Next stage: ");
        assertThat(page.locator("#stage-tracker")).containsText("1. Topic selection");
        assertThat(page.locator("#presence")).containsText("Here now");
        screenshot(page, "language-3-overview-english");

        // And back.
        page.locator("#language-switch").click();
        assertThat(page.locator("#language-switch")).hasText("English");
        assertThat(page.locator("#edit-experiment")).hasText("수정");
    }

    @Test
    void overviewAndSurveyBuilderRenderOnAPhoneWithoutSidewaysScrolling() {
        BrowserContext phone = browsers.newContext(options -> options
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = phone.newPage();
        BrowserSupport.login(page, PLANNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        screenshot(page, "phone-1-list");

        openExperiment(page, browsers.nightSchoolId());
        // The drawer is an overlay at this width: the content gets the whole screen.
        assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(page.locator("vaadin-drawer-toggle")).isVisible();
        // The search box's placeholder fits (the "/" shortcut's hint was cut to "검색 (").
        assertThat(page.locator("#global-search input")).hasAttribute("placeholder", "검색");
        // The header's last item, log-out, is on the screen too (it was 108 px past its edge).
        for (String id : List.of("#logout", "#experiment-title", "#dday", "#stage-tracker", "#next-stage", "#presence",
                "#members", "#activity-feed")) {
            page.locator(id).scrollIntoViewIfNeeded();
            assertThat(page.locator(id)).isVisible();
            BoundingBox box = page.locator(id).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= PHONE_WIDTH + 0.5,
                    id + " sticks out of the phone's screen: x=" + box.x + " width=" + box.width);
        }
        // Nothing in the view is wider than the screen.
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) page.evaluate("""
                width => [...document.querySelectorAll('.experiment-overview *')]
                    .filter(e => e.getClientRects().length > 0)
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + '[' + Math.round(e.getBoundingClientRect().right) + ']')
                """, PHONE_WIDTH);
        assertEquals(List.of(), overflowing, "elements wider than the phone's screen");
        // Korean wraps between words, not inside one: at 390 px this page read "열렸|다?!", "공간|을 마련", "이|준비".
        @SuppressWarnings("unchecked")
        List<String> split = (List<String>) page.evaluate(KOREAN_WORDS_SPLIT, ".experiment-overview");
        assertEquals(List.of(), split, "Korean words broken across two lines");
        page.locator("#experiment-title").scrollIntoViewIfNeeded();
        screenshot(page, "phone-2-overview");

        // The survey builder's opening and closing pickers: their date and time parts ran past the screen's edge.
        page.navigate("/experiments/" + browsers.nightSchoolId() + "/surveys");
        page.locator(".survey-edit-link").first().click();
        for (String id : List.of("#survey-opens", "#survey-closes")) {
            page.locator(id).scrollIntoViewIfNeeded();
            BoundingBox box = page.locator(id).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= PHONE_WIDTH + 0.5,
                    id + " sticks out of the phone's screen: x=" + box.x + " width=" + box.width);
        }
        screenshot(page, "phone-3-survey-builder");

        // A 360 px phone, common here: the header ran past the screen's edge and cut off log-out.
        page.setViewportSize(360, PHONE_HEIGHT);
        for (String id : List.of("#global-search", "#language-switch", "#logout")) {
            BoundingBox box = page.locator(id).boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= 360.5,
                    id + " sticks out of a 360 px screen: x=" + box.x + " width=" + box.width);
        }
    }

    @Test
    void longEnglishFieldLabelsWrapWithinTheirFieldOnAPhone() {
        BrowserContext phone = browsers.newContext(options -> options
                .setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = phone.newPage();
        BrowserSupport.login(page, OWNER, BrowserSupport.DEMO_PASSWORD);
        page.locator("#language-switch").click();
        assertThat(page.locator("#language-switch")).hasText("한국어");
        page.navigate("/experiments/" + browsers.nightSchoolId() + "/recruitment");
        // "Send the reconfirmation request automatically (days before the event)" ran 110 px past its field and the
        // screen's edge, cut off; Lumo keeps a field's label on one line.
        Locator label = page.locator("label", new Page.LocatorOptions()
                .setHasText("Send the reconfirmation request automatically"));
        label.scrollIntoViewIfNeeded();
        assertThat(label).isVisible();
        @SuppressWarnings("unchecked")
        List<String> wider = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('[slot=label]')]
                    .filter(l => l.getClientRects().length > 0)
                    .filter(l => l.getBoundingClientRect().right > l.parentElement.getBoundingClientRect().right + 0.5)
                    .map(l => l.textContent + ' [' + Math.round(l.getBoundingClientRect().right) + ' > '
                        + Math.round(l.parentElement.getBoundingClientRect().right) + ']')
                """);
        assertEquals(List.of(), wider, "field labels wider than their field");
        screenshot(page, "phone-4-recruitment-english-labels");
    }
}
