package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The main jobs with the keyboard alone (no click, no fill: Tab, arrows, Enter, Space, Escape and typing): sign in,
 * open an experiment, create a card and move it with Alt+arrow, open its dialog, write and delete a comment there
 * (the question opens on the safe answer; the focus ends on the comment field), press Esc with a comment typed (it
 * asks first, on 계속 쓰기, which keeps it), close it (focus comes back to the
 * card), add a calendar event (focus comes back to the add button), change a participant's status through the grid's
 * selection and the bulk change, answer a public survey. Every focus stop the test reaches shows a ring. Meanwhile a
 * co-planner's browser hears the move in its live region. Each step checks what it changed: on screen and in the
 * database. Other browser tests change the demo data, so the test makes its own card and event and reads the state
 * it starts from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyIT {

    /** The first column holds the demo's cards (two stops each) and any other tests add: room for them. */
    private static final int MAX_TABS = 150;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** The focused element, through shadow roots. */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a; }""";

    private static boolean focusMatches(Page page, String selector) {
        return (Boolean) page.evaluate("(sel) => { const a = (" + FOCUSED + ")();"
                + " const host = a && a.getRootNode().host;"
                + " return !!(a && (a.matches(sel) || a.closest(sel) ||"
                + " (host && (host.matches(sel) || host.closest(sel))))); }",
                selector);
    }

    /** Presses Tab (or Shift+Tab) until the focus is in {@code selector}; fails after too many presses. */
    static void tabTo(Page page, String selector, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusMatches(page, selector)) {
                assertFocusVisible(page, selector);
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on " + describeFocus(page));
    }

    static void tabTo(Page page, String selector) {
        tabTo(page, selector, false);
    }

    static String describeFocus(Page page) {
        return (String) page.evaluate("() => { const a = (" + FOCUSED + ")(); return a ? a.outerHTML.slice(0, 200) : 'nothing'; }");
    }

    /** Waits until {@code document.activeElement} itself (not something inside it) matches {@code selector}. */
    static void assertActiveElement(Page page, String selector, String what) {
        try {
            page.waitForFunction("(sel) => !!document.activeElement && document.activeElement.matches(sel)", selector,
                    new Page.WaitForFunctionOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError(what + ": document.activeElement is "
                    + page.evaluate("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'"), e);
        }
    }

    /** Waits until the focus (through shadow roots) is in {@code selector}. */
    static void awaitFocus(Page page, String selector, String what) {
        for (int i = 0; i < 50 && !focusMatches(page, selector); i++) {
            page.waitForTimeout(100);
        }
        assertTrue(focusMatches(page, selector), what + ": focus is on " + describeFocus(page));
    }

    /**
     * The focused element or its focus-ring host shows a ring: an outline, a box-shadow, or Lumo's focus-ring state
     * attribute (its components draw the ring from it).
     */
    static void assertFocusVisible(Page page, String where) {
        Object visible = page.evaluate("() => { const a = (" + FOCUSED + ")(); if (!a) return false;"
                + " const hosts = [a, a.closest('[focus-ring]'), a.getRootNode().host].filter(Boolean);"
                + " return hosts.some(h => { if (h.hasAttribute && h.hasAttribute('focus-ring')) return true;"
                + "   return [null, '::before', '::after'].some(pseudo => { const s = getComputedStyle(h, pseudo);"
                + "     return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; });"
                + " }); }");
        assertEquals(Boolean.TRUE, visible, "no visible focus at " + where + ": " + describeFocus(page));
    }

    @Test
    void theMainJobsWorkWithTheKeyboardAlone() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        long id = browsers.nightSchoolId();
        Page page = browsers.newContext(o -> o.setLocale("ko-KR").setViewportSize(1366, 900)).newPage();
        Page coPlanner = browsers.loggedIn(BrowserSupport.PLANNER);
        coPlanner.navigate("/experiments/" + id + "/board");
        assertThat(coPlanner.locator(".kanban-card").first()).isVisible();

        // Sign in.
        page.navigate("/login");
        assertThat(page.locator("input[name=username]")).isVisible();
        tabTo(page, "input[name=username]");
        page.keyboard().type(BrowserSupport.OWNER);
        tabTo(page, "input[name=password]");
        page.keyboard().type(BrowserSupport.DEMO_PASSWORD);
        // Vaadin's own eye button speaks the UI's language too (ui.ComponentTexts).
        assertThat(page.locator("#login-form vaadin-password-field [slot=reveal]"))
                .hasAttribute("aria-label", "비밀번호 보기");
        // So does the connection indicator, in every page's DOM ("Online" by itself; LanguageInit).
        assertThat(page.locator("vaadin-connection-indicator .v-status-message")).hasText("연결됨");
        page.keyboard().press("Enter");
        assertThat(page.locator("#experiments-grid")).isVisible();

        // Open the experiment: into the grid, down the rows until its link, Enter.
        String title = browsers.titleOf(id);
        assertThat(page.locator("#experiments-grid a.list-title").filter(
                new Locator.FilterOptions().setHasText(title))).hasCount(1);
        tabTo(page, "#experiments-grid");
        intoGridBody(page);
        boolean opened = false;
        for (int row = 0; row < 10 && !opened; row++) {
            page.keyboard().press("Enter");
            if (focusMatches(page, "a.list-title") && describeFocus(page).contains(title)) {
                assertFocusVisible(page, "the experiment's link");
                page.keyboard().press("Enter");
                opened = true;
            } else {
                page.keyboard().press("Escape");
                page.keyboard().press("ArrowDown");
            }
        }
        assertTrue(opened, "the experiment's link was never focused in the grid");
        assertThat(page.locator("#experiment-title")).hasText(title);

        // To the board by its tab.
        tabTo(page, "#experiment-tabs a[href$='/board']");
        page.keyboard().press("Enter");
        assertThat(page.locator(".kanban-card").first()).isVisible();

        // Create a card in the first column.
        String cardTitle = "키보드 카드 " + System.nanoTime() % 100_000;
        tabTo(page, ".kanban-column:nth-child(1) .kanban-new-title");
        page.keyboard().type(cardTitle);
        page.keyboard().press("Enter");
        String card = ".kanban-card[aria-label=\"" + cardTitle + "\"]";
        assertThat(page.locator(".kanban-column:nth-child(1) " + card)).isVisible();
        List<Long> columns = List.of(columnId(page, 1), columnId(page, 2));
        long cardId = db.queryForObject("select id from card where experiment_id = ? and title = ?", Long.class, id,
                cardTitle);
        assertEquals(columns.get(0), db.queryForObject("select column_id from card where id = ?", Long.class, cardId));

        // Back from the new-card field: the card's move menu button, then the card itself.
        tabTo(page, card, true);
        for (int i = 0; i < 3 && !Boolean.TRUE.equals(page.evaluate("(sel) => document.activeElement.matches(sel)",
                card)); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertActiveElement(page, card, "Shift+Tab did not reach the new card");
        assertFocusVisible(page, "the new card");

        // Its move toggle: Enter opens the four buttons, Escape closes them again with the focus still on the toggle.
        page.keyboard().press("Tab");
        String toggle = card + " .kanban-card-menu";
        assertActiveElement(page, toggle, "Tab from the card did not reach its move toggle");
        page.keyboard().press("Enter");
        assertThat(page.locator(toggle)).hasAttribute("aria-expanded", "true");
        assertThat(page.locator(card + " .kanban-card-moves button")).hasCount(4);
        page.keyboard().press("Escape");
        assertThat(page.locator(toggle)).hasAttribute("aria-expanded", "false");
        assertThat(page.locator(card + " .kanban-card-moves")).hasCount(0);
        assertActiveElement(page, toggle, "Escape took the focus off the move toggle");
        page.keyboard().press("Shift+Tab");
        assertActiveElement(page, card, "Shift+Tab from the move toggle did not reach the card");

        // Alt+ArrowRight moves it one column right: on screen, in the database, to the co-planner's ears; the focus
        // stays on it.
        page.keyboard().press("Alt+ArrowRight");
        assertThat(page.locator(".kanban-column:nth-child(2) " + card)).isVisible();
        assertThat(page.locator(".kanban-column:nth-child(1) " + card)).hasCount(0);
        assertEquals(columns.get(1), db.queryForObject("select column_id from card where id = ?", Long.class, cardId));
        String column2 = page.locator(".kanban-column:nth-child(2) h3").textContent();
        // (the creation a moment before may be coalesced into the same sentence: "… (외 1건)")
        assertThat(coPlanner.locator("#live-announcer")).containsText(
                "김기획님이 '" + cardTitle + "' 카드를 " + column2,
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertActiveElement(page, card, "focus left the moved card");
        assertFocusVisible(page, "the moved card");

        // Enter opens its dialog, Escape closes it: the focus is back on the card.
        page.keyboard().press("Enter");
        assertThat(page.locator("#card-dialog #card-title")).isVisible();
        assertThat(page.locator("#card-dialog #card-title input")).hasValue(cardTitle);
        screenshot(page, "keyboard-1-card-dialog");

        // A comment of one's own, written and deleted by keyboard: the trash button asks first with the focus on
        // "그대로 두기"; Tab to "지우기", Enter; the comment is gone and the focus is on the comment field, not lost.
        String commentText = "키보드 댓글 " + System.nanoTime() % 100_000;
        tabTo(page, "#card-dialog #new-comment");
        page.keyboard().type(commentText);
        tabTo(page, "#card-dialog #send-comment");
        page.keyboard().press("Enter");
        Locator ownComment = page.locator("#card-comments .card-comment")
                .filter(new Locator.FilterOptions().setHasText(commentText));
        assertThat(ownComment).hasCount(1);
        assertEquals(1, db.queryForObject("select count(*) from card_comment where card_id = ?", Integer.class,
                cardId));
        tabTo(page, "#card-comments .card-delete-comment", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#comment-delete-question")).hasAttribute("opened", "");
        assertActiveElement(page, "#comment-delete-keep", "the comment deletion question's first focus");
        assertFocusVisible(page, "#comment-delete-keep");
        screenshot(page, "keyboard-1b-comment-delete-question");
        page.keyboard().press("Tab");
        assertTrue(focusMatches(page, "#comment-delete-question [slot=confirm-button]"),
                "Tab from the safe answer did not reach the delete button: " + describeFocus(page));
        assertFocusVisible(page, "the comment deletion's delete button");
        page.keyboard().press("Enter");
        assertThat(ownComment).hasCount(0);
        assertThat(page.locator("#comment-delete-question[opened]")).hasCount(0);
        assertEquals(0, db.queryForObject("select count(*) from card_comment where card_id = ?", Integer.class,
                cardId));
        awaitFocus(page, "#card-dialog #new-comment", "focus after the comment was deleted");
        assertFocusVisible(page, "the comment field after the deletion");
        screenshot(page, "keyboard-1c-comment-deleted");
        // Esc with a comment typed and not sent asks first, on 계속 쓰기 (ui.KeepTyped); Enter there keeps the text and
        // the focus goes back into it. Emptied again, Esc closes at once.
        page.keyboard().type("보내지 않은 댓글");
        page.keyboard().press("Escape");
        assertThat(page.locator("#discard-question")).hasAttribute("opened", "");
        assertThat(page.locator("#discard-question")).containsText("작성 중인 내용을 버릴까요?");
        assertActiveElement(page, "#discard-keep", "the discard question's first focus");
        AxeScan axe = new AxeScan();
        axe.scan(page, "keyboard: discard question over the card");
        assertEquals(List.of(), axe.problems());
        screenshot(page, "keyboard-1d-discard-question");
        page.keyboard().press("Enter");
        assertThat(page.locator("#discard-question[opened]")).hasCount(0);
        assertThat(page.locator("#card-dialog #new-comment textarea")).hasValue("보내지 않은 댓글");
        awaitFocus(page, "#card-dialog #new-comment", "focus after 계속 쓰기");
        page.keyboard().press("Control+A");
        page.keyboard().press("Backspace");
        page.keyboard().press("Escape");
        assertThat(page.locator("#card-dialog")).hasCount(0);
        assertActiveElement(page, card, "focus did not return to the card after its dialog closed");
        assertFocusVisible(page, "the card after its dialog");

        // A calendar event: the dialog saves, closes, hands the focus back to the add button; the month shows it.
        tabTo(page, "#experiment-tabs a[href$='/schedule']", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#calendar")).isVisible();
        tabTo(page, "#schedule-add");
        page.keyboard().press("Enter");
        assertThat(page.locator("#event-dialog #event-title")).isVisible();
        String eventTitle = "키보드 일정 " + System.nanoTime() % 100_000;
        tabTo(page, "#event-title");
        page.keyboard().type(eventTitle);
        tabTo(page, "#event-save");
        page.keyboard().press("Enter");
        assertThat(page.locator("#event-dialog[opened]")).hasCount(0);
        assertActiveElement(page, "#schedule-add", "focus did not return to the add button after the event dialog");
        assertThat(page.locator("#calendar")).containsText(eventTitle);
        assertEquals(1, db.queryForObject("select count(*) from schedule_event where experiment_id = ? and title = ?",
                Integer.class, id, eventTitle));

        // A participant's status, through the grid's selection column and the bulk change.
        tabTo(page, "#experiment-tabs a[href$='/people']", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#participants-grid")).isVisible();
        Map<String, Object> before = db.queryForMap(
                "select id, status from participant where experiment_id = ? and full_name = '김어르신'", id);
        String target = "ATTENDED".equals(before.get("status")) ? "ABSENT" : "ATTENDED";
        // The selection column's boxes are named in Korean, not Vaadin's fixed "Select All" / "Select Row".
        assertThat(page.locator("#participants-grid vaadin-grid-flow-selection-column")).hasCount(1);
        assertThat(page.locator("#participants-grid #selectAllCheckbox input")).hasAttribute("aria-label", "모든 행 선택");
        assertThat(page.locator("#participants-grid vaadin-checkbox:not(#selectAllCheckbox) input").first())
                .hasAttribute("aria-label", "이 행 선택");
        assertThat(page.locator("#participants-grid vaadin-checkbox input[aria-label^='Select']")).hasCount(0);
        tabTo(page, "#participants-grid");
        intoGridBody(page);
        selectGridRow(page, "김어르신");
        tabTo(page, "#bulk-status", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#bulk-status[opened]")).hasCount(1);
        String label = "ATTENDED".equals(target) ? "참석" : "불참";
        for (int i = 0; i < 12 && !focusMatches(page, "vaadin-select-item[label=\"" + label + "\"]"); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertTrue(focusMatches(page, "vaadin-select-item[label=\"" + label + "\"]"),
                "the status list never reached " + label + ": " + describeFocus(page));
        page.keyboard().press("Enter");
        assertThat(page.locator("#bulk-status")).hasAttribute("has-value", "");
        tabTo(page, "#apply-bulk");
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(label)))
                .isVisible();
        assertEquals(target, db.queryForObject("select status from participant where id = ?", String.class,
                before.get("id")));
        screenshot(page, "keyboard-2-status-changed");

        // A public survey, answered without an account.
        Map<String, Object> survey = db.queryForMap("select id, public_token from survey where experiment_id = ?"
                + " and audience = 'PARTICIPANT' order by id limit 1", id);
        String mark = " " + System.nanoTime() % 100_000;
        Page visitor = browsers.newContext(o -> o.setLocale("ko-KR").setViewportSize(390, 844)).newPage();
        visitor.navigate("/s/" + survey.get("public_token"));
        assertThat(visitor.locator("#survey-title")).isVisible();
        tabTo(visitor, ".survey-question:nth-of-type(1) textarea");
        visitor.keyboard().type("키보드로 답했어요" + mark);
        tabTo(visitor, ".survey-question:nth-of-type(2) textarea");
        visitor.keyboard().type("네" + mark);
        tabTo(visitor, "#survey-submit");
        visitor.keyboard().press("Enter");
        assertThat(visitor.locator("#survey-thanks")).isVisible();
        screenshot(visitor, "keyboard-3-survey-thanks");
        assertEquals(List.of("키보드로 답했어요" + mark, "네" + mark), db.queryForList(
                "select a.answer_text from survey_answer a join survey_response r on r.id = a.response_id"
                        + " where r.survey_id = ? and a.answer_text like ? order by a.sort_order",
                String.class, survey.get("id"), "%" + mark));
    }

    /**
     * Removing a member asks first, and the question opens on "취소": Enter pressed out of habit keeps the member;
     * only Tab to "내보내기" and Enter removes them. The only owner's own row offers no removal at all.
     */
    @Test
    void theMemberRemovalQuestionOpensOnCancel() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        long id = browsers.nightSchoolId();
        Page page = browsers.loggedIn(BrowserSupport.OWNER);
        page.navigate("/experiments/" + id);
        Locator removals = page.locator("#members .remove-member");
        assertThat(removals.first()).isVisible();
        int members = db.queryForObject("select count(*) from experiment_member where experiment_id = ?", Integer.class, id);
        int owners = db.queryForObject("select count(*) from experiment_member where experiment_id = ? and role = 'OWNER'",
                Integer.class, id);
        assertEquals(owners == 1 ? members - 1 : members, removals.count(), "removal offered on every row but the only owner's");

        tabTo(page, "#members .remove-member");
        page.keyboard().press("Enter");
        assertThat(page.locator("#remove-member-dialog")).hasAttribute("opened", "");
        assertActiveElement(page, "#keep-member", "the removal question's first focus");
        assertFocusVisible(page, "#keep-member");
        screenshot(page, "keyboard-4-remove-member");
        page.keyboard().press("Enter");
        assertThat(page.locator("#remove-member-dialog[opened]")).hasCount(0);
        assertEquals(members, db.queryForObject("select count(*) from experiment_member where experiment_id = ?", Integer.class,
                id), "Enter on the first focus kept the member");
    }

    /** The database id of the board's {@code n}-th column on screen. */
    private static long columnId(Page page, int n) {
        return Long.parseLong(page.locator(".kanban-column:nth-child(" + n + ")").getAttribute("data-column-id"));
    }

    /** The grid's first stop is its header row; Tab moves on into the rows (the grid's own keyboard model). */
    static void intoGridBody(Page page) {
        for (int i = 0; i < 3 && Boolean.TRUE.equals(page.evaluate("() => { const a = document.activeElement;"
                + " const grid = a && a.closest('vaadin-grid'); const cell = grid && grid.shadowRoot.activeElement;"
                + " return !!(cell && cell.getAttribute('role') === 'columnheader'); }")); i++) {
            page.keyboard().press("Tab");
        }
    }

    /**
     * In a multi-select grid, with the focus on a body cell of its first column (the selection column): down the
     * rows to the one showing {@code name}, then Space ticks its box (the selection column's own key). ArrowLeft
     * would not help: from the first column it moves the focus to the whole row, where Space selects nothing.
     */
    private static void selectGridRow(Page page, String name) {
        String focusedRow = "() => { const a = document.activeElement;"
                + " const grid = a && a.closest('vaadin-grid'); if (!grid) return null;"
                + " const cell = grid.shadowRoot.activeElement; if (!cell || cell.getAttribute('role') !== 'gridcell') return null;"
                + " const tr = cell.parentElement; return { first: [...tr.children].indexOf(cell) === 0,"
                + "   selected: tr.getAttribute('aria-selected') === 'true',"
                + "   text: [...tr.querySelectorAll('slot')].map(s => s.assignedNodes().map(n => n.textContent).join('')).join('|') }; }";
        for (int row = 0; row < 40; row++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> at = (Map<String, Object>) page.evaluate(focusedRow);
            assertTrue(at != null && Boolean.TRUE.equals(at.get("first")),
                    "the focus is not on the selection column: " + describeFocus(page));
            assertFocusVisible(page, "grid row " + row);
            if (String.valueOf(at.get("text")).contains(name)) {
                page.keyboard().press("Space");
                page.waitForFunction("() => { const a = document.activeElement; const grid = a && a.closest('vaadin-grid');"
                        + " const cell = grid && grid.shadowRoot.activeElement;"
                        + " return !!cell && cell.parentElement.getAttribute('aria-selected') === 'true'; }");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("row " + name + " not reached by arrows");
    }
}
