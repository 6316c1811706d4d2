package kr.silheomjang.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.budget.BudgetRules;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;

/** The owner returns an expense (반려) with a reason the team reads beside it. */
class ReturnDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Paragraph what = new Paragraph();
    /** The expense as last shown here: a return is checked against it, so a co-planner's edit is a conflict. */
    private ExpenseRow shown;

    ReturnDialog(BudgetView page, ExpenseRow row) {
        this.shown = row;
        setId("budget-return-dialog");
        setWidth("min(30rem, 100vw)");
        setHeaderTitle(getTranslation("budget.return.title"));
        reason.setLabel(getTranslation("budget.return.reason"));
        reason.setId("budget-return-reason");
        BudgetErrors.limit(reason, BudgetRules.REASON_MAX, "budget.error.reasonLong");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        what.setId("budget-return-what");
        showWhat();
        add(what, reason);
        Button cancel = new Button(getTranslation("budget.cancel"), e -> close());
        Button confirm = new Button(getTranslation("budget.expense.return"), e -> {
            // Told of a co-planner's change, the owner sees the expense as it is now and keeps the reason typed;
            // returning again returns it as shown.
            boolean done = Actions.on(this).onInvalid(keys -> {
                // A missing or too long reason: said under the reason itself.
                reason.setErrorMessage(String.join(" ", keys.stream().map(k -> getTranslation(k)).toList()));
                reason.setInvalid(true);
            }).afterConflict(() -> {
                page.refresh();
                Actions.on(this).call(() -> page.expenses.get(page.id(), shown.id())).ifPresentOrElse(latest -> {
                    shown = latest;
                    showWhat();
                }, this::close);
            }).run(() -> page.expenses.returnExpense(page.id(), shown.id(), shown.version(), reason.getValue()));
            if (done) {
                close();
                page.refresh();
            }
        });
        confirm.setId("budget-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        KeepTyped.guard(this, reason);
    }

    private void showWhat() {
        what.setText(getTranslation("budget.return.what", shown.payee(), Won.text(shown.amountWon(), getLocale())));
    }
}
