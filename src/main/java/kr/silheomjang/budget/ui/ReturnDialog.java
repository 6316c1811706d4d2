package kr.silheomjang.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.Actions;

/** The owner returns an expense (반려) with a reason the team reads beside it. */
class ReturnDialog extends Dialog {

    final TextArea reason = new TextArea();

    ReturnDialog(BudgetView page, ExpenseRow row) {
        setId("budget-return-dialog");
        setWidth("min(30rem, 100vw)");
        setHeaderTitle(getTranslation("budget.return.title"));
        reason.setLabel(getTranslation("budget.return.reason"));
        reason.setId("budget-return-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("budget.return.what", row.payee(), Won.text(row.amountWon(), getLocale()))),
                reason);
        Button cancel = new Button(getTranslation("budget.cancel"), e -> close());
        Button confirm = new Button(getTranslation("budget.expense.return"), e -> {
            boolean done = Actions.on(this).afterConflict(page::refresh)
                    .run(() -> page.expenses.returnExpense(page.id(), row.id(), row.version(), reason.getValue()));
            if (done) {
                close();
                page.refresh();
            }
        });
        confirm.setId("budget-return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
