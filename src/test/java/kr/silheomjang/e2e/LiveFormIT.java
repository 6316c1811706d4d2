package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Issue 18 with real typing: planner B types in a card's description without leaving it while owner A saves the same
 * field in another browser. B's words stay, B sees A's change beside the field, and B's save waits for B's choice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveFormIT {

    private static final double LIVE_MS = 3000;
    private static final String CARD = "자료 수집";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    static void openCard(Page page, long experimentId) {
        page.navigate("/experiments/" + experimentId + "/board");
        page.locator(".kanban-card[aria-label=\"" + CARD + "\"] .kanban-card-body").click();
        assertThat(page.locator("#card-dialog #card-description")).isVisible();
    }

    String storedDescription(long experimentId) {
        return browsers.bean(JdbcTemplate.class).queryForObject(
                "select description from card where experiment_id = ? and title = ?",
                String.class, experimentId, CARD);
    }

    @Test
    void whatBIsTypingSurvivesASaveOfTheSameFieldByA() {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openCard(a, id);
        openCard(b, id);

        // B clicks into the description and types, staying in the field.
        Locator bText = b.locator("#card-description textarea");
        bText.click();
        b.keyboard().press("Control+End");
        b.keyboard().type(" 이준비가 쓰는 중", new Keyboard.TypeOptions().setDelay(40));
        String typedByB = bText.inputValue();
        // A sees B in the form, and B's avatar on the description field.
        assertThat(a.locator("#card-viewers")).containsText("이준비", new LocatorAssertions.ContainsTextOptions()
                .setTimeout(LIVE_MS));
        assertThat(a.locator("#card-description .live-form-avatars vaadin-avatar")).hasCount(1);
        screenshot(a, "liveform-0-owner-sees-planner-in-the-description");

        // A replaces the description and saves.
        Locator aText = a.locator("#card-description textarea");
        aText.fill("김기획이 정리한 자료 목록");
        a.locator("#save-card").click();
        assertThat(a.locator("vaadin-notification-card")).containsText("저장했습니다");

        // B: still typing, B's words stay; the field is marked with who changed it and to what.
        b.keyboard().type(" 계속", new Keyboard.TypeOptions().setDelay(40));
        Locator note = b.locator("#card-description .live-form-note");
        assertThat(note).containsText("김기획님이 바꾼 값: 김기획이 정리한 자료 목록",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        assertThat(b.locator("#card-description")).hasClass(Pattern.compile(".*live-form-changed.*"));
        assertThat(bText).hasValue(typedByB + " 계속");
        screenshot(b, "liveform-1-changed-by-owner-while-typing");

        // B's save is refused with the conflict message until B chooses.
        b.locator("#save-card").click();
        assertThat(b.locator("#card-conflict")).containsText("김기획님이");
        assertThat(b.locator("#card-conflict")).containsText("내 값 유지");
        assertEquals("김기획이 정리한 자료 목록", storedDescription(id));
        screenshot(b, "liveform-2-save-waits-for-a-choice");

        note.locator(".live-form-keep").click();
        assertThat(note).isHidden();
        b.locator("#save-card").click();
        assertThat(b.locator("vaadin-notification-card").last()).containsText("저장했습니다");
        assertEquals(typedByB + " 계속", storedDescription(id));
        // A's dialog, untouched since A's save, follows silently.
        assertThat(aText).hasValue(typedByB + " 계속", new LocatorAssertions.HasValueOptions().setTimeout(LIVE_MS));
    }
}
