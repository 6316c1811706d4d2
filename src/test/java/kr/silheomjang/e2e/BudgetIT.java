package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.fillField;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static kr.silheomjang.e2e.BrowserSupport.textWithin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.budget.Won;

/**
 * Issue 13: two co-planners on the demo budget. The planner adds an expense through the dialog; the owner sees the
 * amount waiting for approval change without reloading, approves it, and the planner sees the approved spend change.
 * The page and the dialog have no serious or critical axe findings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BudgetIT {

    private static final double LIVE_MS = 3000;

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
        axe.scan(planner, "planner expense dialog");
        planner.locator("#budget-expense-save").click();
        assertThat(planner.locator("#budget-expense-table")).containsText("역전 분식");

        // The owner's totals follow: 33,000원 more waiting for approval.
        assertThat(owner.locator("#budget-total-pending")).hasText(Won.symbol(pendingBefore + 33_000),
                textWithin(LIVE_MS));
        Locator row = owner.locator("tr.budget-expense").filter(new Locator.FilterOptions().setHasText("역전 분식"));
        assertThat(row).containsText("승인 대기");
        screenshot(owner, "budget-1-owner-sees-new-expense");

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
}
