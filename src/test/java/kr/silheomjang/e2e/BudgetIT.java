package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PARTNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.fillField;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static kr.silheomjang.e2e.BrowserSupport.textWithin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import kr.silheomjang.budget.Won;

/**
 * Issue 13: two co-planners on the demo budget. The planner adds an expense through the dialog; the owner sees the
 * amount waiting for approval change without reloading, approves it, and the planner sees the approved spend change.
 * A receipt is streamed in (a disguised one refused) and downloaded unchanged. The pages (planner, owner, partner
 * guest) and the expense, line and return dialogs have no serious or critical axe findings; dialogs open and close by
 * keyboard. The partner guest sees only their organisation's shared lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BudgetIT {

    private static final double LIVE_MS = 3000;
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    static long amountOf(Locator figure) {
        Long won = Won.parse(figure.textContent());
        return won == null ? -1 : won;
    }

    static void openBudget(Page page, long id) {
        page.navigate("/experiments/" + id + "/budget");
        assertThat(page.locator("#budget-totals")).isVisible();
        AxeScan.settle(page);
    }

    @Test
    void onePlannerAddsAnExpenseAndTheOtherSeesTheTotalsChangeLive() {
        long id = browsers.nightSchoolId();
        Page owner = browsers.loggedIn(OWNER);
        Page planner = browsers.loggedIn(PLANNER);
        openBudget(owner, id);
        openBudget(planner, id);
        owner.evaluate("() => window.__sameDocument = 'yes'");
        long pendingBefore = amountOf(owner.locator("#budget-total-pending"));
        long spentBefore = amountOf(planner.locator("#budget-total-spent"));
        assertThat(owner.locator("#budget-cap-warning")).containsText("예산 한도");

        AxeScan axe = new AxeScan();
        axe.scan(planner, "planner /budget");

        planner.locator("#budget-expense-add").click();
        assertThat(planner.locator("#budget-expense-dialog #budget-expense-payee")).isVisible();
        fillField(planner, "#budget-expense-payee", "역전 분식");
        fillField(planner, "#budget-expense-amount", "33,000");
        planner.locator("#budget-expense-line").click();
        planner.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("참여자 다과")).click();
        // A receipt: a disguised file is refused in Korean while it streams in, a real PNG is taken.
        Locator input = planner.locator("#budget-expense-upload input[type=file]");
        input.setInputFiles(new FilePayload("영수증.png", "image/png", "%PDF-1.4 not a png".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
        assertThat(planner.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("영수증"))).not().hasCount(0);
        input.setInputFiles(new FilePayload("분식 영수증.png", "image/png", PNG));
        assertThat(planner.locator("#budget-expense-file-state")).containsText("분식 영수증.png");
        axe.scan(planner, "planner expense dialog");
        planner.locator("#budget-expense-save").click();
        assertThat(planner.locator("#budget-expense-table")).containsText("역전 분식");
        // The stored receipt streams back unchanged.
        Download download = planner.waitForDownload(() -> planner.locator("#budget-expense-table a")
                .filter(new Locator.FilterOptions().setHasText("분식 영수증.png")).click());
        try (java.io.InputStream in = download.createReadStream()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(PNG, in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // The line dialog, by keyboard: Enter opens it, Escape closes it.
        planner.locator("#budget-line-add").focus();
        planner.keyboard().press("Enter");
        assertThat(planner.locator("#budget-line-dialog #budget-line-title")).isVisible();
        axe.scan(planner, "planner line dialog");
        planner.keyboard().press("Escape");
        assertThat(planner.locator("#budget-line-dialog")).hasCount(0);

        // The owner's totals follow: 33,000원 more waiting for approval.
        assertThat(owner.locator("#budget-total-pending")).hasText(Won.symbol(pendingBefore + 33_000),
                textWithin(LIVE_MS));
        Locator row = owner.locator("tr.budget-expense").filter(new Locator.FilterOptions().setHasText("역전 분식"));
        assertThat(row).containsText("승인 대기");
        screenshot(owner, "budget-1-owner-sees-new-expense");

        axe.scan(owner, "owner /budget (sharing, settlement)");
        // The return dialog (owner), scanned and left with Escape.
        row.locator(".budget-return").click();
        assertThat(owner.locator("#budget-return-reason")).isVisible();
        axe.scan(owner, "owner return dialog");
        owner.keyboard().press("Escape");
        assertThat(owner.locator("#budget-return-dialog")).hasCount(0);

        // The owner approves; the planner sees the approved spend change.
        row.locator(".budget-approve").click();
        assertThat(planner.locator("#budget-total-spent")).hasText(Won.symbol(spentBefore + 33_000),
                textWithin(LIVE_MS));
        assertThat(planner.locator("tr.budget-expense").filter(new Locator.FilterOptions().setHasText("역전 분식")))
                .containsText("승인");
        screenshot(planner, "budget-2-planner-sees-approved-spend");
        org.junit.jupiter.api.Assertions.assertEquals("yes", owner.evaluate("() => window.__sameDocument"),
                "the owner's page was reloaded");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), axe.problems(), "axe findings");
    }

    @Test
    void thePartnerGuestSeesOnlyTheLinesTheirOrganisationPaysFor() {
        long id = browsers.nightSchoolId();
        Page partner = browsers.loggedIn(PARTNER);
        partner.navigate("/experiments/" + id + "/budget");
        assertThat(partner.locator("#budget-lines")).isVisible();
        AxeScan.settle(partner);
        // The demo shares the centre's lines (venue, printing) with the centre's guest: nothing else, no money tools.
        assertThat(partner.locator("#budget-lines")).containsText("대합실 공간");
        assertThat(partner.locator("#budget-lines")).not().containsText("참여자 다과");
        assertThat(partner.locator("#budget-expenses")).not().isVisible();
        assertThat(partner.locator("#budget-settlement")).not().isVisible();
        assertThat(partner.locator("#budget-cap")).hasCount(0);
        screenshot(partner, "budget-3-partner-sees-shared-lines");
        AxeScan axe = new AxeScan();
        axe.scan(partner, "partner /budget");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), axe.problems(), "axe findings");
    }
}
