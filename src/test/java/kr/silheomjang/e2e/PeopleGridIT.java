package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import kr.silheomjang.support.Teams;

/** Two planners edit the participants grid of the demo experiment in two browsers: live rows, and a caught conflict. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PeopleGridIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    static void openPeople(Page page, long id) {
        page.navigate("/experiments/" + id + "/people");
        assertThat(page.locator("#participants-grid")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        assertThat(cell(page, "김어르신")).hasCount(1,
                new LocatorAssertions.HasCountOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
    }

    static Locator cell(Page page, String text) {
        return page.locator("#participants-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    static void editNotes(Page page, String rowName, String notes) {
        cell(page, rowName).first().dblclick();
        Locator input = page.locator("#edit-notes input");
        assertThat(input).isVisible();
        input.fill(notes);
        input.press("Tab");
    }

    @Test
    void oneEditsARowTheOtherSeesItLiveAndASecondStaleSaveIsRefused() {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openPeople(a, id);
        openPeople(b, id);
        b.evaluate("() => window.__sameDocument = 'yes'");

        // A edits 김어르신's notes inline; B's grid shows them without a reload.
        String first = "엘리베이터 위치 안내 " + System.currentTimeMillis() % 10_000;
        editNotes(a, "김어르신", first);
        a.locator("#save-row").click();
        assertThat(cell(b, first)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(LIVE_MS));
        screenshot(b, "people-1-planner-sees-edit-live");

        // Both open the same row; B saves first, then A's save is refused and explained, A's input kept.
        editNotes(a, "이학생", "A의 메모");
        editNotes(b, "이학생", "B의 메모");
        b.locator("#save-row").click();
        assertThat(b.locator("#save-row")).hasCount(0);
        a.locator("#save-row").click();
        Locator error = a.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("이준비"));
        assertThat(error).hasCount(1);
        assertThat(a.locator("#edit-notes input")).hasValue("A의 메모");
        screenshot(a, "people-2-owner-conflict-explained");
        assertEquals("yes", b.evaluate("() => window.__sameDocument"), "B's page was reloaded");
    }

    @Test
    void contactColumnsTheOwnerShowsToAnOpenGuestPageFitTheirContents() {
        BrowserSupport.OwnTeam team = browsers.ownTeam("연락처 공개 실험장", "김공개", "이공개");
        long id = team.experimentId();
        String guest = "guest-" + Long.toString(System.nanoTime(), 36) + "@test.kr";
        browsers.bean(kr.silheomjang.security.AccountService.class).createAccount(guest, "박공개", Teams.PASSWORD);
        browsers.bean(Teams.class).join(team.owner(), id, guest, kr.silheomjang.experiment.MemberRole.PARTNER_GUEST);
        String email = "a.rather.long.address@example.kr";
        kr.silheomjang.support.SignedIn signedIn = browsers.bean(kr.silheomjang.support.SignedIn.class);
        signedIn.run(team.owner(), () -> browsers.bean(kr.silheomjang.people.ParticipantService.class)
                .addWalkIn(id, "홍길동", "010-1234-5678", email));

        Page page = browsers.loggedIn(guest, Teams.PASSWORD);
        page.navigate("/experiments/" + id + "/people");
        assertThat(cell(page, "홍길동")).hasCount(1);
        assertThat(cell(page, email)).hasCount(0);

        // The owner lets guests see contacts while the guest's page is open: the columns appear with the addresses
        // whole, not cut to "a.rather…" (they were sized while their cells were empty).
        kr.silheomjang.experiment.ExperimentService experiments =
                browsers.bean(kr.silheomjang.experiment.ExperimentService.class);
        signedIn.run(team.owner(), () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new kr.silheomjang.experiment.GuestScope(true, false, false)));
        Locator address = cell(page, email);
        assertThat(address).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(LIVE_MS));
        page.waitForFunction("e => e.scrollWidth <= e.clientWidth && e.clientWidth > 0", address.elementHandle(),
                new Page.WaitForFunctionOptions().setTimeout(LIVE_MS));
        screenshot(page, "people-guest-sees-contacts-live");
    }
    /**
     * Every time text in the staff roster, with whether it is whole on screen: inside its cell and left of the edit
     * buttons kept at the grid's end (rendered texts only: a hidden column's are skipped), and whether the grid
     * scrolls sideways.
     */
    private static final String STAFF_TIMES = """
            () => {
              const grid = document.querySelector('#staff-grid');
              const edit = grid.querySelector('vaadin-grid-cell-content .staff-edit');
              const limit = edit ? edit.getBoundingClientRect().left : grid.getBoundingClientRect().right;
              const table = grid.shadowRoot.querySelector('#table');
              const times = [];
              const walker = document.createTreeWalker(grid, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!/\\d{1,2}:\\d{2}–\\d{1,2}:\\d{2}/.test(n.textContent)) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                const r = range.getBoundingClientRect();
                if (r.width === 0) continue;
                const cell = n.parentElement.closest('vaadin-grid-cell-content').getBoundingClientRect();
                const whole = r.left >= cell.left - 1 && r.right <= Math.min(cell.right, limit) + 1;
                times.push((whole ? 'whole ' : 'cut ') + n.textContent.trim());
              }
              return {times, sideways: table.scrollWidth > table.clientWidth + 1};
            }""";

    /** QA: on a 390 px phone the roster's time column began past the screen's edge and the grid scrolled sideways. */
    @Test
    @SuppressWarnings("unchecked")
    void theStaffRostersTimesAreWholeOnA390PxPhoneAndTheDesktopKeepsItsColumns() {
        long id = browsers.nightSchoolId();
        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(phone, OWNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(phone.locator("#experiments-grid")).isVisible();
        phone.navigate("/experiments/" + id + "/people?tab=staff");
        assertThat(phone.locator("#staff-grid .staff-edit").first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        var shown = (java.util.Map<String, Object>) phone.evaluate(STAFF_TIMES);
        var times = (java.util.List<String>) shown.get("times");
        org.assertj.core.api.Assertions.assertThat(times).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(t -> t.startsWith("whole "), "every time text whole at 390 px");
        assertEquals(false, shown.get("sideways"), "the staff grid scrolls sideways at 390 px");
        assertEquals(true, phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"));
        screenshot(phone, "people-3-staff-phone-390");

        Page desk = browsers.loggedIn(OWNER);
        desk.navigate("/experiments/" + id + "/people?tab=staff");
        Locator header = desk.locator("#staff-grid vaadin-grid-cell-content");
        assertThat(header.filter(new Locator.FilterOptions().setHasText("연락처")).first()).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        assertThat(header.filter(new Locator.FilterOptions().setHasText("겹침 확인")).first()).isVisible();
        assertThat(desk.locator("#staff-grid .staff-slot").first()).not().isVisible();
        screenshot(desk, "people-4-staff-desktop");
    }

    /**
     * Every overlap note and duties text of the roster, with whether it is whole: not cut inside its cell (the cell's
     * content no wider than shown) and left of the edit buttons kept at the grid's end; and whether the grid or the
     * page scrolls sideways.
     */
    private static final String STAFF_LONG_TEXTS = """
            () => {
              const grid = document.querySelector('#staff-grid');
              const edit = grid.querySelector('vaadin-grid-cell-content .staff-edit');
              const limit = edit ? edit.getBoundingClientRect().left : grid.getBoundingClientRect().right;
              const table = grid.shadowRoot.querySelector('#table');
              const texts = [];
              grid.querySelectorAll('.clash-badge, .staff-wrap').forEach(e => {
                const r = e.getBoundingClientRect();
                if (r.width === 0 || !e.textContent.trim()) return;
                const cell = e.closest('vaadin-grid-cell-content');
                const whole = cell.scrollWidth <= cell.clientWidth && e.scrollWidth <= e.clientWidth
                    && r.right <= Math.min(cell.getBoundingClientRect().right, limit) + 1;
                texts.push((whole ? 'whole ' : 'cut ') + e.textContent.trim());
              });
              return {texts, sideways: table.scrollWidth > table.clientWidth + 1,
                  page: document.documentElement.scrollWidth > window.innerWidth};
            }""";

    /**
     * QA: on a 1366 × 768 desktop the 겹침 확인 column, sized to its whole sentence, ran behind the edit buttons and the
     * grid scrolled sideways. At 1366 and 1920 px every overlap note and duty is whole, nothing scrolls sideways.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theStaffRostersOverlapNotesAreWholeOnA1366And1920PxDesktop() {
        long id = browsers.nightSchoolId();
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            Page desk = browsers.newContext(o -> o.setViewportSize(size[0], size[1])).newPage();
            BrowserSupport.login(desk, OWNER, BrowserSupport.DEMO_PASSWORD);
            assertThat(desk.locator("#experiments-grid")).isVisible();
            desk.navigate("/experiments/" + id + "/people?tab=staff");
            assertThat(desk.locator("#staff-grid .clash-badge").first()).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
            // The columns settle once their contents are measured.
            try {
                desk.waitForFunction("() => { const t = document.querySelector('#staff-grid').shadowRoot"
                        + ".querySelector('#table'); return t.scrollWidth <= t.clientWidth + 1; }", null,
                        new Page.WaitForFunctionOptions().setTimeout(LIVE_MS));
            } catch (com.microsoft.playwright.TimeoutError stillSideways) {
                // said below, with what is cut
            }
            var shown = (java.util.Map<String, Object>) desk.evaluate(STAFF_LONG_TEXTS);
            var texts = (java.util.List<String>) shown.get("texts");
            org.assertj.core.api.Assertions.assertThat(texts).as("at %d px", size[0])
                    .anyMatch(t -> t.contains("같은 시간에 다른 곳"))
                    .allMatch(t -> t.startsWith("whole "), "every overlap note and duty whole at " + size[0] + " px");
            assertEquals(false, shown.get("sideways"), "the staff grid scrolls sideways at " + size[0] + " px");
            assertEquals(false, shown.get("page"), "the page scrolls sideways at " + size[0] + " px");
            screenshot(desk, "people-5-staff-desktop-" + size[0]);
            desk.context().close();
        }
    }
}
