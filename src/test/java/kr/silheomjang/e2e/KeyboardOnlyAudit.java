package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

/**
 * The main jobs with the keyboard alone (no click, no fill: Tab, arrows, Enter, Escape and typing): sign in, open an
 * experiment, create a card and move it with Alt+arrow, open and close its dialog (focus comes back to the card), add a
 * calendar event, change a participant's status, answer a public survey. Every focus stop on the way shows a ring.
 * Meanwhile a co-planner's browser hears the moves in its live region.
 *
 * <p>Not yet in the default suite (issue 12 open; see AccessibilityIT): run it with
 * {@code -Dit.test=KeyboardOnlyAudit}; rename it to KeyboardOnlyIT once it passes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyAudit {

    private static final int MAX_TABS = 80;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** The focused element, through shadow roots, as "tag#id.class" plus its text; and whether a ring shows. */
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
        page.keyboard().press("Enter");
        assertThat(page.locator("#experiments-grid")).isVisible();

        // Open the experiment: into the grid, down the rows until its link, Enter.
        String title = browsers.titleOf(id);
        assertThat(page.locator("#experiments-grid a.list-title").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))).hasCount(1);
        tabTo(page, "#experiments-grid");
        intoGridBody(page);
        boolean opened = false;
        for (int row = 0; row < 10 && !opened; row++) {
            page.keyboard().press("Enter");
            if (focusMatches(page, "a.list-title") && describeFocus(page).contains(title)) {
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
        String cardTitle = "키보드 카드 " + System.nanoTime() % 10_000;
        tabTo(page, ".kanban-column:nth-child(1) .kanban-new-title");
        page.keyboard().type(cardTitle);
        page.keyboard().press("Enter");
        String card = ".kanban-card[aria-label=\"" + cardTitle + "\"]";
        assertThat(page.locator(".kanban-column:nth-child(1) " + card)).isVisible();

        // Move it right with Alt+ArrowRight; the focus stays on it; the co-planner hears it. Backwards from the
        // new-card field the first stop is the card's move menu (its own arrow keys move between menu items), so on
        // to the card itself.
        tabTo(page, card, true);
        for (int i = 0; i < 3 && !Boolean.TRUE.equals(page.evaluate("(sel) => { const a = (" + FOCUSED + ")();"
                + " return !!a && a.matches(sel); }", card)); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertFocusVisible(page, "the new card");
        page.keyboard().press("Alt+ArrowRight");
        assertThat(page.locator(".kanban-column:nth-child(2) " + card)).isVisible();
        String column2 = page.locator(".kanban-column:nth-child(2) h3").textContent();
        // (the creation a moment before may be coalesced into the same sentence: "… (외 1건)")
        assertThat(coPlanner.locator("#live-announcer")).containsText(
                "김기획님이 '" + cardTitle + "' 카드를 " + column2,
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(5000));
        assertTrue(focusMatches(page, card), "focus left the moved card: " + describeFocus(page));
        assertFocusVisible(page, "moved card");

        // Open its dialog with Enter, close it with Escape: the focus is back on the card.
        page.keyboard().press("Enter");
        assertThat(page.locator("#card-dialog #card-title")).isVisible();
        screenshot(page, "keyboard-1-card-dialog");
        page.keyboard().press("Escape");
        assertThat(page.locator("#card-dialog")).hasCount(0);
        page.waitForTimeout(300);
        assertTrue(focusMatches(page, card), "focus did not return to the card: " + describeFocus(page));

        // A calendar event.
        tabTo(page, "#experiment-tabs a[href$='/schedule']", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#calendar")).isVisible();
        tabTo(page, "#schedule-add");
        page.keyboard().press("Enter");
        assertThat(page.locator("#event-dialog #event-title")).isVisible();
        String eventTitle = "키보드 일정 " + System.nanoTime() % 10_000;
        tabTo(page, "#event-title");
        page.keyboard().type(eventTitle);
        tabTo(page, "#event-save");
        page.keyboard().press("Enter");
        assertThat(page.locator("#event-dialog")).hasCount(0);
        assertEquals(1, db.queryForObject("select count(*) from schedule_event where experiment_id = ? and title = ?",
                Integer.class, id, eventTitle));

        // A participant's status, through the grid's selection and the bulk change.
        tabTo(page, "#experiment-tabs a[href$='/people']", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#participants-grid")).isVisible();
        Map<String, Object> before = db.queryForMap(
                "select id, status from participant where experiment_id = ? and full_name = '김어르신'", id);
        String target = "ATTENDED".equals(before.get("status")) ? "ABSENT" : "ATTENDED";
        tabTo(page, "#participants-grid");
        intoGridBody(page);
        selectGridRow(page, "김어르신");
        tabTo(page, "#bulk-status", true);
        page.keyboard().press("Enter");
        assertThat(page.locator("#bulk-status[opened]")).hasCount(1);
        String label = "ATTENDED".equals(target) ? "참석" : "불참";
        for (int i = 0; i < 10 && !describeFocus(page).contains(">" + label + "<")
                && !describeFocus(page).contains(label); i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        tabTo(page, "#apply-bulk");
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-notification-card").first()).isVisible();
        assertEquals(target, db.queryForObject("select status from participant where id = ?", String.class,
                before.get("id")));
        screenshot(page, "keyboard-2-status-changed");

        // A public survey, answered without an account.
        String token = db.queryForObject("select public_token from survey where experiment_id = ? and audience = "
                + "'PARTICIPANT' order by id limit 1", String.class, id);
        Page visitor = browsers.newContext(o -> o.setLocale("ko-KR").setViewportSize(390, 844)).newPage();
        visitor.navigate("/s/" + token);
        assertThat(visitor.locator("#survey-title")).isVisible();
        tabTo(visitor, ".survey-question:nth-of-type(1) textarea");
        visitor.keyboard().type("키보드로 답했어요");
        visitor.keyboard().press("Tab");
        tabTo(visitor, ".survey-question:nth-of-type(2) textarea");
        visitor.keyboard().type("네");
        tabTo(visitor, "#survey-submit");
        visitor.keyboard().press("Enter");
        assertThat(visitor.locator("#survey-thanks")).isVisible();
        screenshot(visitor, "keyboard-3-survey-thanks");
        assertNotEquals(null, visitor.locator("#survey-thanks").textContent());
    }

    /** The grid's first stop is its header row; Tab moves on into the rows (the grid's own keyboard model). */
    static void intoGridBody(Page page) {
        for (int i = 0; i < 3 && Boolean.TRUE.equals(page.evaluate("() => { const a = document.activeElement;"
                + " const grid = a && a.closest('vaadin-grid'); const cell = grid && grid.shadowRoot.activeElement;"
                + " return !!(cell && cell.getAttribute('role') === 'columnheader'); }")); i++) {
            page.keyboard().press("Tab");
        }
    }

    /** In a multi-select grid with the focus in it: down the rows to the one showing {@code name}, then tick its box. */
    private static void selectGridRow(Page page, String name) {
        // Left to the selection column, then down until the row holds the name.
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("ArrowLeft");
        }
        for (int row = 0; row < 40; row++) {
            Object text = page.evaluate("() => { const a = document.activeElement;"
                    + " const grid = a && a.closest('vaadin-grid'); if (!grid) return '';"
                    + " let cell = grid.shadowRoot.activeElement; if (!cell) return '';"
                    + " const tr = cell.closest('tr'); return tr ? [...tr.querySelectorAll('slot')].map(s =>"
                    + "   s.assignedNodes().map(n => n.textContent).join('')).join('|') : ''; }");
            if (String.valueOf(text).contains(name)) {
                // Enter reaches the row's selection box, Space ticks it, Escape goes back to moving between cells.
                page.keyboard().press("Enter");
                page.keyboard().press("Space");
                page.keyboard().press("Escape");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("row " + name + " not reached by arrows");
    }
}
