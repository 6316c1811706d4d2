package kr.silheomjang.budget.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.budget.BudgetLive;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.budget.SettlementService;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;

/**
 * 예산 · 결산: the plan by category with totals, cap warning and a bar chart of planned against approved spend; the
 * expenses with receipts and the owner's approval; settlement and exports; sharing partner funders' lines with their
 * guests. Live for every co-planner: a plan change re-reads the plan, an expense change the plan's totals and the
 * expenses, never the sharing panel.
 */
@Route("experiments/:experimentId/budget")
@PermitAll
@StyleSheet("css/budget.css")
public class BudgetView extends ExperimentPage {

    final BudgetService budget;
    final ExpenseService expenses;
    final SettlementService settlement;
    final BudgetSummary summary;
    final SettlementBar settlementBar;
    final PlanTable planTable;
    final ExpenseTable expenseTable;
    final SharePanel sharePanel;
    final Paragraph nothingShared = new Paragraph();
    BudgetPlan plan;
    List<ExpenseRow> expenseRows = List.of();

    public BudgetView(ExperimentPageSupport support, BudgetService budget, ExpenseService expenses,
            SettlementService settlement) {
        super(support, "budget.nav", "budget", BudgetLive.PLAN, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT);
        this.budget = budget;
        this.expenses = expenses;
        this.settlement = settlement;
        addClassName("budget-page");
        summary = new BudgetSummary(this);
        settlementBar = new SettlementBar(this);
        planTable = new PlanTable(this);
        expenseTable = new ExpenseTable(this);
        sharePanel = new SharePanel(this);
        nothingShared.setId("budget-nothing-shared");
        nothingShared.setText(getTranslation("budget.guest.nothing"));
        Paragraph intro = new Paragraph(getTranslation("budget.intro"));
        intro.addClassName("help-text");
        add(new H2(getTranslation("budget.heading")), intro, nothingShared, summary, settlementBar, planTable,
                expenseTable, sharePanel);
    }

    @Override
    protected void load(long experimentId) {
        showPlan(experimentId);
        showExpenses(experimentId);
        sharePanel.show(plan.owner() ? budget.shares(experimentId) : List.of(), plan.owner());
    }

    private void showPlan(long experimentId) {
        plan = budget.plan(experimentId);
        boolean guestWithout = !plan.canEdit() && plan.lines().isEmpty();
        nothingShared.setVisible(guestWithout);
        summary.setVisible(!guestWithout);
        planTable.setVisible(!guestWithout);
        summary.show(plan);
        settlementBar.show(plan);
        planTable.show(plan);
    }

    private void showExpenses(long experimentId) {
        expenseRows = plan.canEdit() ? expenses.list(experimentId) : List.of();
        expenseTable.setVisible(plan.canEdit());
        expenseTable.show(plan, expenseRows);
    }

    /** Re-reads only what the changes touch: the plan for every kind, the expenses for expense and settlement. */
    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        long id = experimentId();
        showPlan(id);
        if (LiveUpdate.any(updates, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT) || !plan.canEdit()) {
            showExpenses(id);
        } else {
            expenseTable.show(plan, expenseRows);
        }
        if (plan.owner() && LiveUpdate.any(updates, BudgetLive.PLAN)) {
            sharePanel.show(budget.shares(id), true);
        }
        planTable.refreshDialog();
        expenseTable.refreshDialog();
    }

    /** Runs a change from a panel (explained refusals and conflicts, then the latest state). */
    boolean change(Runnable action) {
        return run(action);
    }

    long id() {
        return experimentId();
    }

    kr.silheomjang.ui.LiveForm.Presence presence(String form) {
        return formPresence(form);
    }

    void refresh() {
        reread(() -> load(experimentId()));
    }
}
