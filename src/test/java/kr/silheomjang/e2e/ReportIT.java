package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

/**
 * The hand-off report in a real browser: the demo's draft on the report page, the PDF download (Korean text inside)
 * and the print view, which hides its buttons on paper.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void aPlannerSeesTheDraftDownloadsTheKoreanPdfAndPrintsTheA4Page() throws Exception {
        long id = browsers.nightSchoolId();
        Page planner = browsers.loggedIn(PLANNER);
        planner.navigate("/experiments/" + id + "/followup/report");
        // Other tests may have renamed the demo experiment: the report carries whatever its title is now.
        String title = planner.locator("#experiment-title").innerText().strip();
        assertThat(planner.locator("#report-preview h1")).hasText(title);
        assertThat(planner.locator("#report-preview")).containsText("서울역 한켠의 빈 공간에 어르신들을 위한 하루 야학");
        assertThat(planner.locator("#report-state")).hasAttribute("data-status", "DRAFT");
        screenshot(planner, "report-1-editor");

        Download download = planner.waitForDownload(() -> planner.locator("#report-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            org.assertj.core.api.Assertions.assertThat(text).contains("결과 보고서", title);
        }

        Page print = planner.context().newPage();
        print.navigate("/experiments/" + id + "/followup/report/print");
        assertThat(print.locator("#report-print-page h1")).hasText(title);
        assertThat(print.locator("#report-print-page table th").first()).hasText("질문");
        screenshot(print, "report-2-print-view");
        print.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(print.locator(".report-tools")).isHidden();
        print.locator("#report-print-page").screenshot(new Locator.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("report-3-print-media.png")));
    }
}
