package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static kr.silheomjang.e2e.BrowserSupport.textWithin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

/**
 * The selection meeting (선정 회의) in two real browsers: two planners score the same candidate and each sees the
 * other's score and the new average appear without reload; the facilitator records the decision and the other sees
 * it. A partner guest has no 제안함 in the menu and is sent away from its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SelectionMeetingIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** The demo's 버스정류장 책 나눔 candidate, its scores and decisions cleared (tests share the database). */
    long freshCandidate() {
        JdbcTemplate jdbc = browsers.bean(JdbcTemplate.class);
        long id = jdbc.queryForObject("select id from topic_candidate where external_id = 'demo-bus-books'",
                Long.class);
        jdbc.update("delete from topic_screening where candidate_id = ?", id);
        jdbc.update("delete from topic_decision where candidate_id = ?", id);
        jdbc.update("update topic_candidate set status = 'CANDIDATE' where id = ?", id);
        return id;
    }

    static void score(Page page, long candidateId, String question, int score) {
        page.locator("#score-" + candidateId + "-" + question + " vaadin-radio-button").nth(score - 1).click();
    }

    @Test
    void twoPlannersScoreAndEachSeesTheOthersScoreAndTheAverageLive() {
        long id = freshCandidate();
        Page owner = browsers.loggedIn(OWNER);
        Page planner = browsers.loggedIn(PLANNER);
        assertThat(owner.locator("#side-nav")).containsText("제안함");
        owner.navigate("/topics/meeting");
        planner.navigate("/topics/meeting");
        assertThat(owner.locator("#meeting-" + id)).isVisible();
        assertThat(planner.locator("#meeting-" + id)).isVisible();

        // The first update also waits for the planner's push connection to come up on a busy machine; every later
        // one must arrive within the live budget.
        score(owner, id, "EFFECT", 4);
        assertThat(planner.locator("#scores-" + id + "-EFFECT")).hasText("김기획 4");
        assertThat(planner.locator("#average-" + id + "-EFFECT")).hasText("평균 4.0점 (1명)", textWithin(LIVE_MS));

        score(planner, id, "EFFECT", 2);
        assertThat(owner.locator("#scores-" + id + "-EFFECT")).hasText("김기획 4 · 이준비 2", textWithin(LIVE_MS));
        assertThat(owner.locator("#average-" + id + "-EFFECT")).hasText("평균 3.0점 (2명)", textWithin(LIVE_MS));
        score(planner, id, "DIFFICULTY", 5);
        assertThat(owner.locator("#average-" + id + "-DIFFICULTY")).hasText("평균 5.0점 (1명)",
                textWithin(LIVE_MS));
        screenshot(owner, "topic-meeting-1-owner-sees-both-scores");

        // The facilitator records the decision; without reasons it is refused in Korean.
        owner.locator("#decision-" + id).click();
        // Every card has its own select; only the opened one's items are visible options.
        owner.getByRole(com.microsoft.playwright.options.AriaRole.OPTION,
                new Page.GetByRoleOptions().setName("보류")).click();
        owner.locator("#record-" + id).click();
        assertThat(owner.locator("vaadin-notification-card").first()).containsText("결정 이유를 입력해 주세요.");
        owner.locator("#reasons-" + id + " textarea").fill("구청 답변을 들은 뒤 다시 논의");
        owner.locator("#record-" + id).click();
        assertThat(planner.locator("#meeting-" + id + " .meeting-decided")).containsText("보류", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        assertThat(planner.locator("#meeting-" + id + " .topic-status")).hasText("보류", textWithin(LIVE_MS));
        screenshot(planner, "topic-meeting-2-planner-sees-decision");

        planner.navigate("/topics/" + id);
        assertThat(planner.locator("#decision-log")).containsText("구청 답변을 들은 뒤 다시 논의");
        screenshot(planner, "topic-meeting-3-candidate-record");
    }

    @Test
    void aPlannerImportsADecidimExportWithAPreviewAndFindsItInThePool() {
        Page owner = browsers.loggedIn(OWNER);
        owner.navigate("/topics");
        assertThat(owner.locator("#topic-counts")).containsText("선정");
        screenshot(owner, "topic-pool-1-demo");
        String source = "Decidim-IT-" + System.nanoTime();
        String json = "[{\"id\": 9001, \"title\": {\"ko\": \"어린이 보행로 색칠\"}, \"body\": {\"ko\": "
                + "\"<p>통학로에 <b>색</b>을 칠해요</p>\"}, \"author\": {\"name\": \"윤시민\"}, "
                + "\"published_at\": \"2025-05-01T09:00:00+09:00\", \"url\": \"https://decidim.example/p/9001\"}]";
        owner.locator("#import-candidates").click();
        owner.locator("#import-source input").fill(source);
        owner.locator("#import-upload input[type=file]").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "proposals.json", "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(owner.locator("#import-result")).containsText("모두 1줄 · 새 후보 1건 · 고칠 후보 0건");
        assertThat(owner.locator("#import-sample")).containsText("어린이 보행로 색칠 · 윤시민");
        screenshot(owner, "topic-pool-2-import-preview");
        owner.locator("#import-run").click();
        owner.locator("#topic-search input").fill("어린이 보행로");
        assertThat(owner.locator("#topic-grid")).containsText("어린이 보행로 색칠");
        screenshot(owner, "topic-pool-3-imported");

        // The demo experiment made from the pool links back to its screening record.
        owner.navigate("/experiments/" + browsers.nightSchoolId());
        assertThat(owner.locator("#overview-summaries")).containsText("지하철을 학교로 만들어주세요");
        screenshot(owner, "topic-pool-4-overview-link");
    }

    @Test
    void aPartnerGuestSeesNoPoolAndIsSentAwayFromIt() {
        Page guest = browsers.loggedIn(PARTNER);
        assertThat(guest.locator("#side-nav")).not().containsText("제안함");
        guest.navigate("/topics");
        assertThat(guest.locator("#experiments-grid")).isVisible();
        assertThat(guest.locator("vaadin-notification-card").first())
                .containsText("제안함은 실험장을 만들 수 있는 계정만 볼 수 있습니다.");
    }
}
