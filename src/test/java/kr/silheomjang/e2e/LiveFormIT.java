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

    /**
     * A deletes a card while B has it open and is typing in it: B's dialog stays, says so and keeps B's words to
     * copy (B may go on typing); saving and deleting are gone, only closing is left, and the dialog in that state
     * passes axe like every dialog.
     */
    @Test
    void aCardDeletedWhileBTypesInItStaysOpenReadOnlyWithBsWords() {
        long id = browsers.nightSchoolId();
        String title = "지울 카드 " + System.nanoTime();
        long column = browsers.bean(JdbcTemplate.class).queryForObject(
                "select min(id) from board_column where experiment_id = ?", Long.class, id);
        browsers.bean(kr.silheomjang.support.SignedIn.class).as(OWNER, () -> browsers
                .bean(kr.silheomjang.planning.PlanningService.class).createCard(id, column, title));
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        for (Page p : java.util.List.of(a, b)) {
            p.navigate("/experiments/" + id + "/board");
            p.locator(".kanban-card[aria-label=\"" + title + "\"] .kanban-card-body").click();
            assertThat(p.locator("#card-dialog #card-description")).isVisible();
        }
        Locator bText = b.locator("#card-description textarea");
        bText.click();
        b.keyboard().type("이준비가 적던 메모", new Keyboard.TypeOptions().setDelay(40));

        a.locator("#delete-card").click();
        a.locator("#delete-card-question vaadin-button[slot=confirm-button]").click();
        assertThat(a.locator("#card-dialog")).isHidden();

        assertThat(b.locator("#card-conflict")).containsText("이 카드는 방금 다른 사람이 삭제했습니다",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        assertThat(bText).hasValue("이준비가 적던 메모");
        // B can go on writing to copy it all out; a read-only field would have reset keystrokes still on their way.
        b.keyboard().type(" 끝", new Keyboard.TypeOptions().setDelay(40));
        assertThat(bText).hasValue("이준비가 적던 메모 끝");
        assertThat(b.locator("#save-card")).isHidden();
        assertThat(b.locator("#delete-card")).isHidden();
        screenshot(b, "liveform-3-card-deleted-while-open");
        AxeScan axe = new AxeScan();
        axe.scan(b, "planner /board, the card dialog of a card deleted meanwhile");
        assertEquals(java.util.List.of(), axe.problems());
        b.locator("#close-card").click();
        assertThat(b.locator("#card-dialog")).isHidden();
        assertThat(b.locator(".kanban-card[aria-label=\"" + title + "\"]")).hasCount(0);
    }

    /**
     * The same for a calendar event and an archive item (ui.DeletedMeanwhile): B has the dialog open and is typing in
     * it when the owner deletes the item. The dialog stays with B's words and says so; saving (and deleting) is gone;
     * it passes axe; and by the keyboard alone B gets back to the text and closes the dialog. One sign-in for both.
     */
    @Test
    void anEventAndAnArchiveItemDeletedWhileBTypesStayOpenWithBsWordsAndCloseByKeyboard() {
        long id = browsers.nightSchoolId();
        kr.silheomjang.support.SignedIn signedIn = browsers.bean(kr.silheomjang.support.SignedIn.class);
        kr.silheomjang.schedule.ScheduleService schedule = browsers.bean(kr.silheomjang.schedule.ScheduleService.class);
        kr.silheomjang.followup.ArchiveService archive = browsers.bean(kr.silheomjang.followup.ArchiveService.class);
        String tag = Long.toString(System.nanoTime(), 36);
        java.time.LocalDate day = java.time.LocalDate.now(kr.silheomjang.Application.ZONE).plusDays(3);
        long event = signedIn.as(OWNER, () -> schedule.create(id, kr.silheomjang.schedule.EventDraft.allDay(
                "지울 일정 " + tag, kr.silheomjang.schedule.EventType.PROMOTION, day)));
        long item = signedIn.as(OWNER, () -> archive.add(id, new kr.silheomjang.followup.ArchiveDraft(
                kr.silheomjang.followup.ArchiveKind.ARTICLE, "지울 기사 " + tag, "https://news.example.kr/" + tag, day,
                "", java.util.List.of(), null, null, false, false, false), null, null));
        Page b = browsers.loggedIn(PLANNER);

        b.navigate("/experiments/" + id + "/schedule?event=" + event);
        assertThat(b.locator("#event-dialog #event-notes")).isVisible();
        typeThenSeeDeleted(b, "event", "#event-notes", () -> signedIn.run(OWNER, () -> schedule.delete(id, event,
                schedule.get(id, event).version())));
        assertThat(b.locator("#event-delete")).isHidden();
        assertThat(b.locator("#event-dialog .schedule-move-row")).isHidden();

        b.navigate("/experiments/" + id + "/followup/archive");
        b.locator(".archive-item[data-item=\"" + item + "\"] .archive-edit").click();
        assertThat(b.locator("#archive-dialog #archive-description")).isVisible();
        typeThenSeeDeleted(b, "archive", "#archive-description", () -> signedIn.run(OWNER, () -> archive.remove(id,
                item, archive.get(id, item).version())));
        assertThat(b.locator(".archive-item[data-item=\"" + item + "\"]")).hasCount(0);
    }

    /**
     * In the open dialog {@code prefix}-dialog: B types into the text area {@code text}, {@code delete} deletes the
     * item as someone else; then the deleted-meanwhile state is checked, scanned, and left by the keyboard.
     */
    static void typeThenSeeDeleted(Page b, String prefix, String text, Runnable delete) {
        Locator area = b.locator(text + " textarea");
        area.click();
        b.keyboard().type("이준비가 적던 메모", new Keyboard.TypeOptions().setDelay(40));
        delete.run();

        assertThat(b.locator("#" + prefix + "-errors")).containsText("방금 다른 사람이 이 항목을 삭제했습니다",
                new LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        assertThat(b.locator("#" + prefix + "-errors [role=alert], #" + prefix + "-errors[role=alert]")).hasCount(1);
        b.keyboard().type(" 끝", new Keyboard.TypeOptions().setDelay(40));
        assertThat(area).hasValue("이준비가 적던 메모 끝");
        assertThat(b.locator("#" + prefix + "-save")).isHidden();
        screenshot(b, "liveform-" + prefix + "-deleted-while-open");
        AxeScan axe = new AxeScan();
        axe.scan(b, "planner, the " + prefix + " dialog of an item deleted meanwhile");
        assertEquals(java.util.List.of(), axe.problems());

        // By keyboard alone: away from the text (to the dialog's cancel button) and back, then Escape: the words
        // typed are asked about first (they cannot be saved now, but can still be copied), Tab and Enter discard them.
        KeyboardOnlyIT.tabTo(b, "#" + prefix + "-cancel");
        KeyboardOnlyIT.tabTo(b, text, true);
        assertThat(area).hasValue("이준비가 적던 메모 끝");
        b.keyboard().press("Escape");
        KeyboardOnlyIT.assertActiveElement(b, "#discard-keep", "the discard question's first focus");
        b.keyboard().press("Tab");
        b.keyboard().press("Enter");
        assertThat(b.locator("#" + prefix + "-dialog")).isHidden();
    }
}
