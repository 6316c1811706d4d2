package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * Uploads in a real browser, in Korean: a disguised document on a card is refused with a message, a text file with
 * a hostile name is stored under a safe one, and an over-limit CSV that the browser itself drops is announced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadsIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    Page korean() {
        Page page = browsers.newContext(o -> o.setLocale("ko-KR")).newPage();
        BrowserSupport.login(page, OWNER, BrowserSupport.DEMO_PASSWORD);
        // The first page of a fresh server can take long on a busy machine.
        assertThat(page.locator("#experiments-grid")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        return page;
    }

    static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void cardAttachmentsAreCheckedAndNamedSafely() {
        long id = browsers.nightSchoolId();
        Page page = korean();
        page.navigate("/experiments/" + id + "/board");
        page.locator(".kanban-card[aria-label=\"홍보\"] .kanban-card-body").click();
        assertThat(page.locator("#card-dialog #card-title")).isVisible();

        Locator input = page.locator("#card-upload input[type=file]");
        input.setInputFiles(new FilePayload("회의록.hwp", "application/x-hwp", new byte[] {'M', 'Z', 0, 0, 1}));
        assertThat(notification(page, "올릴 수 없는 파일")).hasCount(1);
        assertThat(page.locator("#card-attachments")).not().containsText("회의록.hwp");
        screenshot(page, "uploads-1-disguised-hwp-refused");

        input.setInputFiles(new FilePayload("..\u202Eexe.txt", "text/plain",
                "1부 인사말".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("#card-attachments")).containsText("exe.txt");
        page.locator("#card-attachments").scrollIntoViewIfNeeded();
        screenshot(page, "uploads-2-safe-name-stored");
    }

    @Test
    void anOverLimitCsvDroppedByTheBrowserIsAnnounced() {
        long id = browsers.nightSchoolId();
        Page page = korean();
        page.navigate("/experiments/" + id + "/people");
        page.locator("#import-csv").click();
        assertThat(page.locator("#csv-upload")).isVisible();
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        page.locator("#csv-upload input[type=file]").setInputFiles(new FilePayload("명단.csv", "text/csv", big));
        assertThat(notification(page, "파일이 너무 큽니다")).hasCount(1);
        screenshot(page, "uploads-3-big-csv-announced");
    }
}
