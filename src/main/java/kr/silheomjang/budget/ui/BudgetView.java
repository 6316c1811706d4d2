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
import kr.silheomjang.budget.Won;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.LiveAnnouncer;

/**
 * 예산 · 결산: the plan by category with totals, cap warning and a bar chart of planned against approved spend; the
 * expenses with receipts and the owner's approval; settlement and exports; sharing partner funders' lines with their
 * guests. Live for every co-planner: a plan change re-reads the plan, an expense change the plan's totals and the
 * expenses, never the sharing panel; only rows and totals that changed are sent, and open dialogs keep what the user
 * is typing ({@code ui.LiveForm}).
 */
@Route("experiments/:experimentId/budget")
@PermitAll
@StyleSheet("css/budget.css")
public class BudgetView extends ExperimentPage {

    final BudgetService budget;
    final ExpenseService expenses;
    final SettlementService settlement;
    private final String me;
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
        // PARTNERS and MEMBERS: funders' names, the sharing panel and which lines a guest sees follow the partner
        // organisations and their invited guests; EXPERIMENT: the stage (follow-up shows the settlement).
        super(support, "budget.nav", "budget", BudgetLive.PLAN, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT,
                PeopleLive.PARTNERS, WorkspaceLive.MEMBERS, WorkspaceLive.EXPERIMENT);
        this.budget = budget;
        this.expenses = expenses;
        this.settlement = settlement;
        this.me = support.currentUser().require().displayName();
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

    /**
     * Re-reads what the changes touch (the plan for every kind, the expenses for expense and settlement) and shows
     * only what differs: changed rows, changed totals. A co-planner's change is said once, politely, to screen
     * readers of the team (never to a guest: it could name lines they do not see).
     */
    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        long id = experimentId();
        List<ExpenseRow> before = expenseRows;
        showPlan(id);
        if (LiveUpdate.any(updates, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT) || !plan.canEdit()) {
            showExpenses(id);
        } else {
            expenseTable.show(plan, expenseRows);
        }
        if (plan.canEdit()) {
            announce(before);
        }
        if (plan.owner() && LiveUpdate.any(updates, BudgetLive.PLAN, PeopleLive.PARTNERS, WorkspaceLive.MEMBERS)) {
            sharePanel.show(budget.shares(id), true);
        }
        planTable.refreshDialog();
        expenseTable.refreshDialog();
    }

    /** One sentence for the first change by someone else: a plan line, else an expense. */
    private void announce(List<ExpenseRow> before) {
        String sentence = planTable.changed().stream().filter(l -> !l.updatedByName().equals(me)).findFirst()
                .map(l -> getTranslation("budget.said.line", l.updatedByName(), l.title(),
                        Won.text(l.plannedWon(), getLocale())))
                .orElseGet(() -> expenseRows.stream().filter(r -> !before.contains(r))
                        .filter(r -> !r.updatedByName().equals(me)).findFirst()
                        .map(r -> getTranslation("budget.said.expense", r.updatedByName(), r.payee(),
                                Won.text(r.amountWon(), getLocale()), getTranslation(r.status().messageKey())))
                        .orElse(null));
        if (sentence != null) {
            getUI().flatMap(LiveAnnouncer::of).ifPresent(a -> a.say(sentence));
        }
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
