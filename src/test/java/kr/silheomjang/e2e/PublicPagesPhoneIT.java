package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.security.RunAs;

/**
 * Participants' pages on a phone at the venue (issue 17): a survey answered while the connection drops is stored once,
 * with every answer, when it returns; unsent answers survive a reload; every public page fits a 320 px screen (no
 * sideways scrolling, 44 px targets, 16 px text, axe); text is compressed and the bundle cached for good.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicPagesPhoneIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private JdbcTemplate jdbc() {
        return browsers.bean(JdbcTemplate.class);
    }

    private BrowserContext phone(int width, int height) {
        return browsers.newContext(o -> o.setViewportSize(width, height).setIsMobile(true).setHasTouch(true)
                .setLocale("ko-KR"));
    }

    private Map<String, Object> participantSurvey() {
        return jdbc().queryForMap("select id, public_token from survey where experiment_id = ? and audience = ?"
                + " order by id limit 1", browsers.nightSchoolId(), "PARTICIPANT");
    }

    private int responses(Object surveyId) {
        return jdbc().queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
                surveyId);
    }

    @Test
    void answersGivenWhileOfflineAreStoredOnceWhenTheConnectionReturns() {
        Map<String, Object> s = participantSurvey();
        int before = responses(s.get("id"));
        BrowserContext context = phone(390, 844);
        Page page = context.newPage();
        page.navigate("/s/" + s.get("public_token"));
        Locator answers = page.locator(".survey-question vaadin-text-area textarea");
        assertThat(answers).hasCount(3);
        String mark = " " + System.nanoTime() % 100_000;
        answers.nth(0).fill("역에서 배우니 좋았어요" + mark);
        answers.nth(0).press("Tab");
        AxeScan.settle(page);

        context.setOffline(true);
        assertThat(page.locator("#offline-notice")).isVisible();
        assertThat(page.locator("#offline-notice")).containsText("연결이 끊겼습니다");
        answers.nth(1).fill("네, 가능하다고 생각해요" + mark);
        answers.nth(2).fill("다음에도 오고 싶어요" + mark);
        answers.nth(2).press("Tab");
        page.locator("#survey-submit").click();
        page.waitForTimeout(1500);
        screenshot(page, "phone-1-offline-submitted");
        // Still on the form, with everything typed, and nothing stored yet.
        assertThat(answers.nth(1)).hasValue("네, 가능하다고 생각해요" + mark);
        assertThat(responses(s.get("id"))).isEqualTo(before);

        context.setOffline(false);
        assertThat(page.locator("#survey-thanks")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot(page, "phone-2-online-sent");
        page.waitForTimeout(1000);
        assertThat(responses(s.get("id"))).isEqualTo(before + 1);
        List<String> stored = jdbc().queryForList("select a.answer_text from survey_answer a join survey_response r"
                + " on r.id = a.response_id where r.survey_id = ? and a.answer_text like ? order by a.sort_order",
                String.class, s.get("id"), "%" + mark);
        assertThat(stored).containsExactly("역에서 배우니 좋았어요" + mark, "네, 가능하다고 생각해요" + mark,
                "다음에도 오고 싶어요" + mark);
        assertThat(jdbc().queryForObject("select count(distinct r.id) from survey_answer a join survey_response r"
                + " on r.id = a.response_id where a.answer_text like ?", Integer.class, "%" + mark)).isEqualTo(1);
        // The draft is gone from the phone once stored.
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('silheomjang.draft.'))"
                + ".length")).isEqualTo(0);
    }

    @Test
    void unsentAnswersComeBackAfterAReloadAndAreStoredOnce() {
        Map<String, Object> s = participantSurvey();
        int before = responses(s.get("id"));
        Page page = phone(390, 844).newPage();
        page.navigate("/s/" + s.get("public_token"));
        Locator answers = page.locator(".survey-question vaadin-text-area textarea");
        String mark = " r" + System.nanoTime() % 100_000;
        answers.nth(0).fill("새로 고쳐도 남아요" + mark);
        answers.nth(1).fill("두 번째 답" + mark);
        answers.nth(1).press("Tab");
        page.waitForTimeout(300);
        Object keyBefore = page.evaluate("() => { const k = Object.keys(localStorage)"
                + ".find(k => k.startsWith('silheomjang.draft.')); return k && JSON.parse(localStorage.getItem(k)).key; }");
        assertThat(keyBefore).isNotNull();

        page.reload();
        assertThat(page.locator("#offline-restored")).isVisible();
        assertThat(answers.nth(0)).hasValue("새로 고쳐도 남아요" + mark);
        assertThat(answers.nth(1)).hasValue("두 번째 답" + mark);
        screenshot(page, "phone-3-restored-after-reload");
        AxeScan.settle(page);
        page.locator("#survey-submit").click();
        assertThat(page.locator("#survey-thanks")).isVisible();
        assertThat(responses(s.get("id"))).isEqualTo(before + 1);
        assertThat(jdbc().queryForObject("select submission_key from survey_response where survey_id = ?"
                + " order by id desc limit 1", String.class, s.get("id"))).isEqualTo(keyBefore);
    }

    /**
     * Issue 14, point 4: the recruitment sign-up keeps what is typed through a reload (consents are given afresh),
     * and a sign-up sent while offline is stored once when the connection returns, with the draft's submission key.
     */
    @Test
    void aSignUpTypedOnAPhoneSurvivesAReloadAndADroppedConnectionAndIsStoredOnce() {
        long nightSchool = browsers.nightSchoolId();
        String token = jdbc().queryForObject("select public_token from recruitment where experiment_id = ?",
                String.class, nightSchool);
        String name = "오프라인" + System.nanoTime() % 100_000;
        BrowserContext context = phone(390, 844);
        Page page = context.newPage();
        page.navigate("/join/" + token);
        assertThat(page.locator("#join-name input")).isVisible();
        page.locator("#join-name input").fill(name);
        page.locator("#join-phone input").fill("010-4545-" + (1000 + System.nanoTime() % 9000));
        Locator answer = page.locator("#join-answer-0 textarea");
        boolean asks = answer.count() > 0;
        if (asks) {
            answer.fill("끊겨도 남아요");
        }
        page.locator("#join-phone input").press("Tab");
        page.waitForTimeout(300);
        Object keyBefore = page.evaluate("() => { const k = Object.keys(localStorage)"
                + ".find(k => k.startsWith('silheomjang.draft.')); return k && JSON.parse(localStorage.getItem(k)).key; }");
        assertThat(keyBefore).isNotNull();

        page.reload();
        assertThat(page.locator("#offline-restored")).isVisible();
        assertThat(page.locator("#join-name input")).hasValue(name);
        if (asks) {
            assertThat(answer).hasValue("끊겨도 남아요");
        }
        // Consent is never restored from the phone: the person ticks it again.
        assertThat(page.locator("#join-agree")).not().hasAttribute("checked", "");
        page.locator("#join-agree").click();
        AxeScan.settle(page);
        screenshot(page, "phone-4-sign-up-restored");

        context.setOffline(true);
        assertThat(page.locator("#offline-notice")).isVisible();
        page.locator("#join-submit").click();
        page.waitForTimeout(1500);
        assertThat(applicationsNamed(name)).isZero();
        screenshot(page, "phone-5-sign-up-offline");

        context.setOffline(false);
        assertThat(page.locator("#join-thanks")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        screenshot(page, "phone-6-sign-up-sent");
        page.waitForTimeout(1000);
        assertThat(applicationsNamed(name)).isEqualTo(1);
        assertThat(jdbc().queryForObject("select a.submission_key from recruit_application a join participant p"
                + " on p.id = a.participant_id where p.full_name = ?", String.class, name)).isEqualTo(keyBefore);
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('silheomjang.draft.'))"
                + ".length")).isEqualTo(0);
    }

    private int applicationsNamed(String name) {
        return jdbc().queryForObject("select count(*) from recruit_application a join participant p"
                + " on p.id = a.participant_id where p.full_name = ?", Integer.class, name);
    }

    @Test
    void everyPublicPageFitsA320PxPhone() {
        Map<String, String> pages = publicPages();
        List<String> problems = new ArrayList<>();
        AxeScan axe = new AxeScan();
        Page page = phone(320, 640).newPage();
        int n = 0;
        for (var e : pages.entrySet()) {
            page.navigate(e.getValue());
            page.locator("h1, h2").first().waitFor();
            AxeScan.settle(page);
            screenshot(page, "phone-320-" + (++n) + "-" + e.getKey());
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(PHONE_CHECKS);
            found.forEach(p -> problems.add(e.getKey() + ": " + p));
            axe.scan(page, e.getKey() + " at 320 px");
        }
        problems.addAll(axe.problems());
        assertThat(problems).as("320 px problems").isEmpty();
    }

    @Test
    void textIsCompressedAndTheBundleIsCachedForGood() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = browsers.baseUrl();
        Map<String, Object> s = participantSurvey();
        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base + "/s/" + s.get("public_token")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        // The page itself: compressed, and never cached (it carries the session's data).
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + "/s/" + s.get("public_token")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        // Lumo's stylesheet (229 KiB as text) goes compressed; its versioned address is cached for a year.
        Matcher lumo = Pattern.compile("href=\"\\./(lumo/lumo\\.css\\?v-c=[0-9a-f]+)\"").matcher(html.body());
        assertThat(lumo.find()).as("versioned Lumo link in " + html.body()).isTrue();
        HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(base + "/" + lumo.group(1)))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(css.body().length).isLessThan(60_000);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        // The hashed bundle entry: immutable for a year, with no Pragma/Expires asking for less.
        Matcher entry = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"").matcher(html.body());
        assertThat(entry.find()).isTrue();
        HttpResponse<byte[]> js = http.send(HttpRequest.newBuilder(URI.create(base + "/" + entry.group(1)))
                .header("Accept-Encoding", "br, gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(js.headers().firstValue("Pragma")).isEmpty();
        assertThat(js.headers().firstValue("Expires")).isEmpty();
        assertThat(js.headers().firstValue("Content-Encoding")).isPresent();
    }

    /** Every account-less page, by name: survey (and a closed one), results, invitation, opt-out, recruitment. */
    private Map<String, String> publicPages() {
        long owner = jdbc().queryForObject("select id from app_user where email = ?", Long.class,
                BrowserSupport.OWNER);
        long nightSchool = browsers.nightSchoolId();
        long second = jdbc().queryForObject("select min(id) from experiment where id <> ?", Long.class, nightSchool);
        RunAs runAs = browsers.bean(RunAs.class);
        String invitation = runAs.user(owner, () -> browsers.bean(InvitationService.class)
                .invite(nightSchool, "phone-" + System.nanoTime() + "@example.kr", MemberRole.PARTNER_GUEST).link());
        String results = runAs.user(owner, () -> {
            ResultsPageService service = browsers.bean(ResultsPageService.class);
            return service.settings(second).enabled() ? null : service.enable(second);
        });
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("survey", "/s/" + participantSurvey().get("public_token"));
        pages.put("survey-unknown", "/s/not-a-real-token");
        if (results != null) {
            pages.put("results", URI.create(results).getPath());
        }
        pages.put("results-unknown", "/r/" + "x".repeat(43));
        pages.put("invitation", URI.create(invitation).getPath());
        pages.put("opt-out", "/mail/opt-out/" + "y".repeat(43));
        // Recruitment: the demo's open sign-up form, and a personal link that does not work.
        jdbc().queryForList("select public_token from recruitment where experiment_id = ?", String.class, nightSchool)
                .stream().findFirst().ifPresent(token -> pages.put("sign-up", "/join/" + token));
        pages.put("sign-up-unknown", "/join/" + "w".repeat(43));
        pages.put("rsvp-unknown", "/rsvp/" + "z".repeat(43));
        return pages;
    }

    /**
     * Returns what breaks on a small phone: the page scrolls sideways; a control is smaller than 44 x 44 px; a text is
     * smaller than 16 px. Controls are what a thumb hits: buttons, links, choices and the input area of fields.
     */
    static final String PHONE_CHECKS = """
            () => {
              const out = [];
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth > width + 1) {
                out.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              const visible = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0
                  && getComputedStyle(el).visibility !== 'hidden'; };
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
              const targets = [...document.querySelectorAll(
                  'vaadin-button, a[href], button:not([slot]), vaadin-radio-button, vaadin-checkbox')]
                .filter(visible).map(el => [el, el]);
              document.querySelectorAll('vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-email-field')
                .forEach(f => { const box = f.shadowRoot && f.shadowRoot.querySelector('[part~="input-field"]');
                                if (box && visible(f)) targets.push([box, f]); });
              for (const [box, el] of targets) {
                const r = box.getBoundingClientRect();
                if (r.width < 43.5 || r.height < 43.5) {
                  out.push('small target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ' ' + name(el));
                }
              }
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                const el = t.parentElement;
                if (!t.textContent.trim() || !el || !visible(el) || el.closest('script, style, [hidden]')) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < 15.5) out.push('small text ' + size + 'px ' + name(el));
              }
              return [...new Set(out)];
            }""";
}
