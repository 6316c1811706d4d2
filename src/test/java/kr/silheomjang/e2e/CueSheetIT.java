package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import kr.silheomjang.Application;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.TestClockConfig;

/**
 * The cue sheet with two planners: the owner makes a segment longer and the planner's sheet shows every later segment
 * shifted within 2 s. Then axe on the sheet, its dialog, the run-day phone view and the print sheets; the phone view's
 * highlight by the app's clock (a test clock), past midnight too; the print as an A4 landscape PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class CueSheetIT {

    private static final double LIVE_MS = 2000;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    Page sheet(String email, long id) {
        warmUp();
        Page page = browsers.loggedIn(email);
        page.navigate("/experiments/" + id + "/cuesheet");
        assertThat(page.locator("#cue-grid")).isVisible();
        assertThat(time(page, 0)).not().isEmpty(
                new LocatorAssertions.IsEmptyOptions().setTimeout(BrowserSupport.PAGE_TIMEOUT_MS));
        return page;
    }

    private static boolean warm;

    /**
     * The first page a fresh app serves can take longer than the 20 s page timeout on a busy machine (class loading,
     * the first Vaadin bootstrap): wait for the login form once, patiently, before the timed steps.
     */
    static void warmUp() {
        if (warm) {
            return;
        }
        Page page = browsers.newContext().newPage();
        page.navigate("/login", new Page.NavigateOptions().setTimeout(120_000));
        assertThat(page.locator("input[name=username]")).isVisible(
                new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        page.close();
        warm = true;
    }

    /** The time cell ("14:15–15:15") of row {@code index}: the grid's second column. */
    static Locator time(Page page, int index) {
        return page.locator("#cue-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\d\\d:\\d\\d–\\d\\d:\\d\\d$")))
                .nth(index);
    }

    static List<LocalTime> span(Locator cell) {
        String[] parts = cell.textContent().strip().split("–");
        return List.of(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    @Test
    void aLongerSegmentShiftsTheLaterTimesOnTheSecondPlannersScreen() {
        long id = browsers.nightSchoolId();
        Page owner = sheet(OWNER, id);
        Page planner = sheet(PLANNER, id);
        planner.evaluate("() => window.__sameDocument = 'yes'");
        List<LocalTime> secondBefore = span(time(planner, 1));
        List<LocalTime> thirdBefore = span(time(planner, 2));
        List<LocalTime> fourthBefore = span(time(planner, 3));

        // The owner makes the second segment 15 minutes longer in its dialog.
        owner.locator("#cue-grid vaadin-button.cue-edit").nth(1).click();
        Locator minutes = owner.locator("#cue-minutes input");
        assertThat(minutes).isVisible();
        int was = Integer.parseInt(minutes.inputValue());
        minutes.fill(String.valueOf(was + 15));
        minutes.press("Tab");
        screenshot(owner, "cuesheet-1-owner-dialog");
        owner.locator("#cue-save").click();
        assertThat(owner.locator("#cue-dialog")).hasCount(0);

        String third = thirdBefore.get(0).plusMinutes(15) + "–" + thirdBefore.get(1).plusMinutes(15);
        String fourth = fourthBefore.get(0).plusMinutes(15) + "–" + fourthBefore.get(1).plusMinutes(15);
        assertThat(time(planner, 2)).hasText(third, new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
        assertThat(time(planner, 3)).hasText(fourth);
        assertThat(time(planner, 1)).hasText(secondBefore.get(0) + "–" + secondBefore.get(1).plusMinutes(15));
        assertEquals("yes", planner.evaluate("() => window.__sameDocument"), "the planner's page was reloaded");
        screenshot(planner, "cuesheet-2-planner-sees-shift");

        // Put it back, so other browser tests see the demo as seeded.
        owner.locator("#cue-grid vaadin-button.cue-edit").nth(1).click();
        owner.locator("#cue-minutes input").fill(String.valueOf(was));
        owner.locator("#cue-minutes input").press("Tab");
        owner.locator("#cue-save").click();
        assertThat(time(planner, 2)).hasText(thirdBefore.get(0) + "–" + thirdBefore.get(1),
                new LocatorAssertions.HasTextOptions().setTimeout(LIVE_MS));
    }

    @Test
    void theSheetItsDialogThePhoneViewAndThePrintSheetsPassAxe() {
        long id = browsers.nightSchoolId();
        warmUp();
        AxeScan axe = new AxeScan();
        Page owner = sheet(OWNER, id);
        axe.scan(owner, "owner cuesheet 1280");
        owner.locator("#cue-grid vaadin-button.cue-edit").first().click();
        assertThat(owner.locator("#cue-minutes input")).isVisible();
        axe.scan(owner, "owner cue dialog");
        owner.keyboard().press("Escape");

        owner.navigate("/experiments/" + id + "/cuesheet/print");
        assertThat(owner.locator(".cue-table")).isVisible();
        axe.scan(owner, "print sheet");
        screenshot(owner, "cuesheet-3-print");
        owner.navigate("/experiments/" + id + "/cuesheet/print/staff");
        assertThat(owner.locator(".staff-sheet").first()).isVisible();
        axe.scan(owner, "staff print sheets");
        screenshot(owner, "cuesheet-4-staff-print");

        Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
        BrowserSupport.login(phone, PARTNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(phone.locator("#experiments-grid")).isVisible();
        phone.navigate("/experiments/" + id + "/today");
        assertThat(phone.locator("#run-list .run-card").first()).isVisible();
        assertTrue((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"),
                "the run-day view scrolls sideways at 390 px");
        axe.scan(phone, "partner run day 390");
        screenshot(phone, "cuesheet-5-phone");

        assertTrue(axe.problems().isEmpty(), String.join("\n", axe.problems()));
    }

    /** Sets the app's clock (the test clock bean) to a Seoul wall-clock time. */
    static void setClock(MutableClock clock, LocalDateTime seoul) {
        clock.advance(Duration.between(clock.instant(), seoul.atZone(Application.ZONE).toInstant()));
    }

    /**
     * Issue 14, point 5: the phone view's current and next segment follow the clock (the app's {@code Clock} bean,
     * set by the test), also when the poll moves the highlight without anyone acting, and a late-night programme keeps
     * its times past midnight on the sheet and on the phone.
     */
    @Test
    void thePhoneViewHighlightsCurrentAndNextByTheClockAlsoPastMidnight() {
        long id = browsers.nightSchoolId();
        warmUp();
        JdbcTemplate jdbc = browsers.bean(JdbcTemplate.class);
        MutableClock clock = browsers.bean(MutableClock.class);
        Instant was = clock.instant();
        LocalDate day = jdbc.queryForObject("select event_date from experiment where id = ?", LocalDate.class, id);
        LocalTime dayStart = jdbc.queryForObject("select day_start from cue_sheet where experiment_id = ?",
                LocalTime.class, id);
        try {
            Page owner = sheet(OWNER, id);
            List<LocalTime> second = span(time(owner, 1));
            List<LocalTime> third = span(time(owner, 2));
            setClock(clock, day.atTime(second.get(0).plusMinutes(5)));
            Page phone = browsers.newContext(o -> o.setViewportSize(390, 844)).newPage();
            BrowserSupport.login(phone, PLANNER, BrowserSupport.DEMO_PASSWORD);
            assertThat(phone.locator("#experiments-grid")).isVisible();
            phone.navigate("/experiments/" + id + "/today");
            String secondText = second.get(0) + "–" + second.get(1);
            String thirdText = third.get(0) + "–" + third.get(1);
            assertThat(phone.locator("#run-current .run-time")).hasText(secondText);
            assertThat(phone.locator("#run-next .run-time")).hasText(thirdText);
            assertThat(phone.locator("#run-list .run-card.current .run-time")).hasText(secondText);
            assertThat(phone.locator("#run-list .run-card.next .run-time")).hasText(thirdText);
            assertThat(phone.locator("#run-list .run-card.current")).hasCount(1);
            screenshot(phone, "cuesheet-6-phone-clock-current");

            // The clock moves on; nobody touches the phone: the 30 s poll moves the highlight.
            setClock(clock, day.atTime(third.get(0).plusMinutes(1)));
            assertThat(phone.locator("#run-current .run-time")).hasText(thirdText,
                    new LocatorAssertions.HasTextOptions().setTimeout(45_000));
            assertThat(phone.locator("#run-list .run-card.current .run-time")).hasText(thirdText);
            screenshot(phone, "cuesheet-7-phone-clock-moved");

            // A late-night programme: 23:20 start (15 + 60 + 20 + 10 minutes), the phone at 00:10 the next day.
            jdbc.update("update cue_sheet set day_start = ? where experiment_id = ?", LocalTime.of(23, 20), id);
            setClock(clock, day.plusDays(1).atTime(0, 10));
            owner.reload();
            Locator crossing = owner.locator("#cue-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("23:35–00:35(+1)"));
            assertThat(crossing).hasCount(1);
            assertThat(owner.locator("#cue-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("00:35(+1)–00:55(+1)"))).hasCount(1);
            screenshot(owner, "cuesheet-8-past-midnight-sheet");
            phone.reload();
            assertThat(phone.locator("#run-current .run-time")).hasText("23:35–00:35(+1)");
            assertThat(phone.locator("#run-next .run-time")).hasText("00:35(+1)–00:55(+1)");
            screenshot(phone, "cuesheet-9-past-midnight-phone");
        } finally {
            jdbc.update("update cue_sheet set day_start = ? where experiment_id = ?", dayStart, id);
            clock.advance(Duration.between(clock.instant(), was));
        }
    }

    /**
     * Issue 14, point 4 (print): the cue sheet prints as A4 landscape in Chromium — every page 842 × 595 pt — with its
     * Korean text in the PDF, and the staff sheets one person per page.
     */
    @Test
    void thePrintSheetRendersAsAnA4LandscapePdfWithKoreanText() throws Exception {
        long id = browsers.nightSchoolId();
        warmUp();
        Page owner = browsers.loggedIn(OWNER);
        owner.navigate("/experiments/" + id + "/cuesheet/print");
        assertThat(owner.locator(".cue-table")).isVisible();
        owner.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        byte[] pdf = owner.pdf(new Page.PdfOptions().setFormat("A4").setLandscape(true).setPreferCSSPageSize(true)
                .setPrintBackground(true));
        java.nio.file.Files.createDirectories(BrowserSupport.SCREENSHOTS);
        java.nio.file.Files.write(BrowserSupport.SCREENSHOTS.resolve("cuesheet-print.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "the four template segments fit on one A4 landscape page");
            for (org.apache.pdfbox.pdmodel.PDPage p : doc.getPages()) {
                org.apache.pdfbox.pdmodel.common.PDRectangle box = p.getMediaBox();
                // A4 landscape is 841.9 × 595.3 pt; Chromium rounds to whole CSS pixels (842–843 × 595–596).
                assertEquals(842, box.getWidth(), 2, "A4 landscape width in points");
                assertEquals(595, box.getHeight(), 2, "A4 landscape height in points");
            }
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("실험 진행") && text.contains("소감 공유") && text.contains("마무리"),
                    "Korean text in the PDF: " + text);
        }
        // The page's own CSS (@page cuesheet { size: A4 landscape }) makes it landscape without being asked.
        byte[] bySheet = owner.pdf(new Page.PdfOptions().setPreferCSSPageSize(true));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(bySheet)) {
            org.apache.pdfbox.pdmodel.common.PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(842, box.getWidth(), 2, "the print CSS asks for A4 landscape");
            assertEquals(595, box.getHeight(), 2, "the print CSS asks for A4 landscape");
        }

        owner.navigate("/experiments/" + id + "/cuesheet/print/staff");
        assertThat(owner.locator(".staff-sheet").first()).isVisible();
        int people = owner.locator(".staff-sheet").count();
        byte[] staff = owner.pdf(new Page.PdfOptions().setFormat("A4").setLandscape(true).setPreferCSSPageSize(true));
        java.nio.file.Files.write(BrowserSupport.SCREENSHOTS.resolve("cuesheet-staff-print.pdf"), staff);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(staff)) {
            assertTrue(doc.getNumberOfPages() >= people, "one page per staff member at least: " + people + " people, "
                    + doc.getNumberOfPages() + " pages");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("정사회") && text.contains("오스탭"), "staff names in the PDF");
        }
    }
}
