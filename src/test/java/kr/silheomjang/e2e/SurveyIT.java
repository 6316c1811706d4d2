package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static kr.silheomjang.e2e.BrowserSupport.textWithin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A participant answers the guide's survey on a phone, without an account, while a planner watches the results page
 * change live in another browser; a wrong link, a closed survey and an oversized answer are refused in Korean; the CSV
 * the planner downloads parses back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SurveyIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    Page phone() {
        return browsers.newContext(o -> o.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("ko-KR")).newPage();
    }

    Map<String, Object> survey(long experimentId, String audience) {
        return browsers.bean(JdbcTemplate.class).queryForMap(
                "select id, public_token from survey where experiment_id = ? and audience = ? order by id limit 1",
                experimentId,
                audience);
    }

    @Test
    void aParticipantAnswersOnAPhoneWhileThePlannerWatchesTheResultsChangeLive() throws Exception {
        long experimentId = browsers.nightSchoolId();
        Map<String, Object> s = survey(experimentId, "PARTICIPANT");
        Page planner = browsers.loggedIn(OWNER);
        planner.navigate("/experiments/" + experimentId + "/surveys/" + s.get("id") + "/results");
        Locator total = planner.locator("#results-total");
        assertThat(total).hasAttribute("data-count", java.util.regex.Pattern.compile("\\d+"));
        int before = Integer.parseInt(total.getAttribute("data-count"));

        Page phone = phone();
        phone.navigate("/s/" + s.get("public_token"));
        assertThat(phone.locator("#survey-title")).hasText("참여자 설문");
        assertThat(phone.locator(".survey-question")).hasCount(3);
        Locator answers = phone.locator(".survey-question vaadin-text-area textarea");

        // Nothing answered: the required questions say so, in Korean, and nothing reaches the planner.
        phone.locator("#survey-submit").click();
        assertThat(phone.locator("#survey-error")).hasText("필수 질문에 답해 주세요.");
        screenshot(phone, "survey-1-phone-required");

        // An answer longer than the form allows (forced past the field's limit): refused, nothing stored.
        answers.nth(0).evaluate("(el, n) => { const host = el.closest('vaadin-text-area');"
                + " host.maxlength = null; el.removeAttribute('maxlength'); }", null);
        answers.nth(0).fill("가".repeat(2001));
        answers.nth(1).fill("네");
        answers.nth(1).press("Tab");
        phone.locator("#survey-submit").click();
        assertThat(phone.locator("#survey-error")).hasText("답변이 너무 깁니다. 글자 수를 줄여 주세요.");

        String feeling = "지하철역에서 배우니 신기하고 즐거웠어요 " + System.nanoTime() % 10_000;
        answers.nth(0).fill(feeling);
        answers.nth(1).fill("네, 충분히 가능하다고 생각해요");
        answers.nth(1).press("Tab");
        screenshot(phone, "survey-2-phone-filled");
        phone.locator("#survey-submit").click();
        assertThat(phone.locator("#survey-thanks")).hasText("응답해 주셔서 감사합니다!");
        screenshot(phone, "survey-3-phone-thanks");
        // The required-question errors said aloud at the first try went with the form: nothing on the thank-you page
        // (nor in the components' hidden aria-live region) still says a question is missing.
        phone.waitForTimeout(600);
        assertThat((String) phone.evaluate("() => document.body.textContent"))
                .doesNotContain("필수 질문입니다.").doesNotContain("필수 질문에 답해 주세요.");

        // The planner's page follows without a reload.
        assertThat(total).hasText("응답 " + (before + 1) + "건", textWithin(LIVE_MS));
        assertThat(planner.locator("#results .survey-texts li").filter(new Locator.FilterOptions()
                .setHasText(feeling))).hasCount(1);
        screenshot(planner, "survey-4-planner-live-results");

        // The CSV export: UTF-8 with a byte-order mark, one row per answer, parses back.
        Download download = planner.waitForDownload(() -> planner.locator("#export-csv").click());
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(new byte[] { bytes[0], bytes[1], bytes[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("질문")).isEqualTo("본 실험이 참여자분들에게 어떻게 느껴지셨나요?");
            assertThat(r.get("답변")).isEqualTo(feeling);
        });
    }

    @Test
    void aWrongLinkAndAClosedSurveyAreRefusedInKorean() {
        long experimentId = browsers.nightSchoolId();
        Map<String, Object> s = survey(experimentId, "FOLLOW_UP");
        browsers.bean(JdbcTemplate.class).update("update survey set closes_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), s.get("id"));
        try {
            Page phone = phone();
            phone.navigate("/s/" + s.get("public_token"));
            assertThat(phone.locator("#survey-unavailable")).hasAttribute("data-reason", "survey.error.closed");
            assertThat(phone.locator("#survey-unavailable")).hasText("응답이 마감된 설문입니다. 참여해 주셔서 감사합니다.");
            assertThat(phone.locator("#survey-submit")).hasCount(0);
            screenshot(phone, "survey-5-phone-closed");

            phone.navigate("/s/not-a-real-token");
            assertThat(phone.locator("#survey-unavailable")).hasAttribute("data-reason", "survey.error.notFound");
            assertThat(phone.locator("#survey-unavailable")).hasText("설문을 찾을 수 없습니다. 링크를 다시 확인해 주세요.");
            screenshot(phone, "survey-6-phone-wrong-link");
        } finally {
            browsers.bean(JdbcTemplate.class).update("update survey set closes_at = null where id = ?", s.get("id"));
        }
    }
}
