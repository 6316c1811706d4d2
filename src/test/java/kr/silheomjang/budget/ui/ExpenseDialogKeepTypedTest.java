package kr.silheomjang.budget.ui;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.ExpenseDraft;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.budget.PaymentMethod;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** An expense typed or edited and not saved: Esc asks first (ui.KeepTyped); its default date is no typing. */
class ExpenseDialogKeepTypedTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    BudgetService budget;
    @Autowired
    ExpenseService expenses;

    @Test
    void escapeAsksOnlyAboutWhatWasTypedAndNotSaved() {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("예산 실험장")));
        long line = signedIn.as(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "다과",
                100_000L, "", null)));
        signedIn.run(owner, () -> expenses.add(id, new ExpenseDraft(
                java.time.LocalDate.now(kr.silheomjang.Application.ZONE), "서울역 떡집", 50_000L,
                PaymentMethod.CASH, line), null));
        BrowserlessUIContext window = windowOf(owner);
        BudgetView view = window.navigate(BudgetView.class, Map.of("experimentId", String.valueOf(id)));

        window.test(view.expenseTable.add).click();
        window.roundTrip();
        escapeClosesAtOnce(window, view.expenseTable.dialog);
        window.test(view.expenseTable.add).click();
        window.roundTrip();
        ExpenseDialog created = view.expenseTable.dialog;
        window.test(created.payee).setValue("역전 인쇄소");
        escapeAsksBeforeDiscarding(window, created, created.payee, "역전 인쇄소");

        Runnable edit = () -> window.test(window.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("서울역 떡집 지출 편집").single()).click();
        edit.run();
        window.roundTrip();
        escapeClosesAtOnce(window, view.expenseTable.dialog);
        edit.run();
        window.roundTrip();
        ExpenseDialog edited = view.expenseTable.dialog;
        window.test(edited.payee).setValue("서울역 떡집 (본점)");
        escapeAsksBeforeDiscarding(window, edited, edited.payee, "서울역 떡집 (본점)");
    }
}
