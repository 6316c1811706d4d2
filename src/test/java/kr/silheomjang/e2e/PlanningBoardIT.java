package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions;

/** Two planners on the demo experiment's board: A moves a card (menu, then drag) and comments; B sees it, live. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PlanningBoardIT {

    private static final double LIVE_MS = 3000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    static void openBoard(Page page, long experimentId) {
        page.navigate("/experiments/" + experimentId + "/board");
        assertThat(page.locator(".kanban-card").first()).isVisible();
    }

    static Locator card(Page page, int column, String title) {
        return page.locator(".kanban-column:nth-child(" + column + ") .kanban-card[aria-label=\"" + title + "\"]");
    }

    static IsVisibleOptions within(double ms) {
        return new IsVisibleOptions().setTimeout(ms);
    }

    @Test
    void aMovesACardAndCommentsAndBSeesBothWithoutReload() {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openBoard(a, id);
        openBoard(b, id);
        b.evaluate("() => window.__sameDocument = 'yes'");
        assertThat(card(b, 1, "협력 파트너 마련")).isVisible();
        // B's browser keeps its card elements: none is replaced by A's moves (the moved ones are moved), and B's
        // focus stays where B put it.
        b.evaluate("() => { window.__cards = new Set(document.querySelectorAll('.kanban-card'));"
                + " document.querySelector('.kanban-card[aria-label=\"자료 수집\"]').focus(); }");
        // ... and of the first column, only the moved card leaves: the others are not taken out and put back.
        b.evaluate("() => { window.__firstColumn = []; const note = ms => ms.forEach(m => {"
                + " m.removedNodes.forEach(n => n.classList?.contains('kanban-card') && window.__firstColumn.push('-' + n.getAttribute('aria-label')));"
                + " m.addedNodes.forEach(n => n.classList?.contains('kanban-card') && window.__firstColumn.push('+' + n.getAttribute('aria-label'))); });"
                + " window.__watchFirst = new MutationObserver(note); window.__noteFirst = note;"
                + " window.__watchFirst.observe(document.querySelector('.kanban-column .kanban-cards'), {childList: true}); }");

        // A: the move menu (the keyboard/menu alternative to dragging).
        Locator menuCard = card(a, 1, "협력 파트너 마련");
        menuCard.locator(".kanban-card-menu").click();
        assertThat(menuCard.locator(".kanban-card-menu")).hasAttribute("aria-expanded", "true");
        assertThat(menuCard.locator("[data-move=LEFT]")).isDisabled();
        // The open menu passes axe like every page and dialog.
        AxeScan axe = new AxeScan();
        axe.scan(a, "owner /board, a card's move menu open");
        assertEquals(List.of(), axe.problems());
        screenshot(a, "planning-0-move-menu-open");
        menuCard.locator("[data-move=RIGHT]").click();
        // A's focus stays on the moved card, its menu closed again.
        assertThat(card(a, 2, "협력 파트너 마련")).isFocused();
        assertThat(card(a, 2, "협력 파트너 마련").locator("[data-move]")).hasCount(0);
        assertThat(card(a, 2, "협력 파트너 마련").locator(".kanban-card-menu")).hasAttribute("aria-expanded", "false");
        assertThat(card(b, 2, "협력 파트너 마련")).isVisible(within(LIVE_MS));
        assertThat(card(b, 1, "협력 파트너 마련")).hasCount(0);
        assertEquals(0, ((Number) b.evaluate("() => [...document.querySelectorAll('.kanban-card')]"
                + ".filter(c => !window.__cards.has(c)).length")).intValue(), "B's cards were drawn anew");
        assertEquals(List.of("-협력 파트너 마련"), b.evaluate("() => { window.__noteFirst(window.__watchFirst.takeRecords());"
                + " window.__watchFirst.disconnect(); return window.__firstColumn; }"));
        assertThat(card(b, 1, "자료 수집")).isFocused();
        // Each column's count (and its words for screen readers) follows the cards; "no cards" shows only in a
        // column without any.
        assertEquals(List.of(), b.evaluate("() => [...document.querySelectorAll('.kanban-column')].filter(c => {"
                + " const n = c.querySelectorAll('.kanban-card').length;"
                + " return c.querySelector('.kanban-count').textContent !== String(n)"
                + " || c.querySelector('.kanban-count-words').textContent !== n + '장'"
                + " || c.querySelector('.kanban-empty').hidden !== (n > 0); }).map(c => c.dataset.columnId)"));
        // A card B has focused, moved by A, keeps B's focus.
        card(b, 1, "참여대상 선정").focus();

        // A: drag and drop into the third column.
        card(a, 1, "참여대상 선정").dragTo(a.locator(".kanban-column:nth-child(3) .kanban-drop-zone"));
        assertThat(card(b, 3, "참여대상 선정")).isVisible(within(LIVE_MS));
        assertThat(card(b, 3, "참여대상 선정")).isFocused();
        assertEquals(0, ((Number) b.evaluate("() => [...document.querySelectorAll('.kanban-card')]"
                + ".filter(c => !window.__cards.has(c)).length")).intValue(), "B's cards were drawn anew");
        screenshot(b, "planning-1-b-sees-moves");

        // B opens the card; A comments on it; B's open dialog shows the comment.
        card(b, 2, "협력 파트너 마련").locator(".kanban-card-body").click();
        assertThat(b.locator("#card-dialog #card-title")).isVisible();
        assertThat(card(a, 2, "협력 파트너 마련").locator(".kanban-viewers")).containsText("이준비",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(LIVE_MS));
        card(a, 2, "협력 파트너 마련").locator(".kanban-card-body").click();
        a.locator("#new-comment textarea").fill("@이준비 협력 제안서 초안 올렸어요");
        a.locator("#send-comment").click();
        assertThat(b.locator("#card-comments .card-comment")).hasCount(1,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(LIVE_MS));
        assertThat(b.locator("#card-comments .mention")).hasText("@이준비");
        screenshot(b, "planning-2-b-sees-comment");
        assertEquals("yes", b.evaluate("() => window.__sameDocument"), "B's page was reloaded");
    }

    /**
     * The planner deletes their own comment on 섭외, asked first (the safe answer focused, the question passing axe),
     * while the owner has the card open and is typing a comment: the comment goes from the owner's dialog, live, and
     * the owner's typing and focus stay.
     */
    @Test
    void thePlannerDeletesTheirCommentWhileTheOwnerHasTheCardOpenAndKeepsTyping() {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openBoard(a, id);
        openBoard(b, id);
        b.locator(".kanban-card[aria-label=\"섭외\"] .kanban-card-body").click();
        String mine = "브라우저에서 지울 댓글 " + System.nanoTime();
        b.locator("#new-comment textarea").fill(mine);
        b.locator("#send-comment").click();
        a.locator(".kanban-card[aria-label=\"섭외\"] .kanban-card-body").click();
        Locator aComment = a.locator("#card-comments .card-comment", new Page.LocatorOptions().setHasText(mine));
        assertThat(aComment).hasCount(1);
        Locator typing = a.locator("#new-comment textarea");
        typing.fill("강사님 답 오면 알려 주세요");
        assertThat(typing).isFocused();

        Locator bComment = b.locator("#card-comments .card-comment", new Page.LocatorOptions().setHasText(mine));
        bComment.locator(".card-delete-comment").click();
        assertThat(b.locator("#comment-delete-question")).hasAttribute("opened", "");
        assertThat(b.locator("#comment-delete-keep")).isFocused();
        AxeScan axe = new AxeScan();
        axe.scan(b, "planner /board, the comment delete question");
        assertEquals(List.of(), axe.problems());
        screenshot(b, "planning-5-comment-delete-question");
        b.locator("#comment-delete-question vaadin-button[slot=confirm-button]").click();
        assertThat(bComment).hasCount(0);
        assertThat(b.locator("#card-history")).containsText("이준비님이 자기 댓글을 지웠습니다");
        assertThat(b.locator("#new-comment textarea")).isFocused();

        assertThat(aComment).hasCount(0, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(LIVE_MS));
        assertThat(typing).hasValue("강사님 답 오면 알려 주세요");
        assertThat(typing).isFocused();
        screenshot(a, "planning-6-owner-sees-comment-go");
    }

    @Test
    void aPartnerGuestOnAPhoneMovesOnlyTheCardAssignedToThem() {
        long id = browsers.nightSchoolId();
        Page guest = browsers.newContext(o -> o.setViewportSize(390, 844).setLocale("ko-KR")).newPage();
        BrowserSupport.login(guest, BrowserSupport.PARTNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(guest.locator("#experiments-grid")).isVisible();
        openBoard(guest, id);
        assertThat(guest.locator("#add-column")).isHidden();
        Locator own = guest.locator(".kanban-card[aria-label=\"홍보\"]");
        Locator other = guest.locator(".kanban-card[aria-label=\"섭외\"]");
        assertThat(own.locator(".kanban-card-menu")).isVisible();
        assertThat(other.locator(".kanban-card-menu")).isHidden();
        // Only the card the guest may move offers Alt+arrows to assistive technology; the other one only opens.
        assertThat(own).hasAttribute("aria-keyshortcuts",
                "Enter Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown");
        assertThat(other).hasAttribute("aria-keyshortcuts", "Enter");
        assertThat(guest.locator(".kanban-card.overdue").first()).isVisible();
        // The columns scroll sideways inside the board; the page itself never gets wider than the phone.
        assertEquals(390.0, ((Number) guest.evaluate("() => document.documentElement.scrollWidth")).doubleValue());
        screenshot(guest, "planning-3-guest-phone");
    }
}
