package kr.silheomjang.budget.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.ExpenseStatus;
import kr.silheomjang.budget.Receipt;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.Formats;

/**
 * The expenses, newest first: date, payee, amount, method, line, status (with the return reason), who entered it and
 * the receipt. Editors add, edit and remove while the books are open; the owner approves or returns.
 */
class ExpenseTable extends Div {

    private final BudgetView page;
    final Button add = new Button();
    final Div tableSlot = new Div();
    @Nullable ExpenseDialog dialog;

    ExpenseTable(BudgetView page) {
        this.page = page;
        setId("budget-expenses");
        addClassName("budget-expenses");
        add.setText(getTranslation("budget.expense.add"));
        add.setId("budget-expense-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        add(new H3(getTranslation("budget.expense.title")), add, tableSlot);
    }

    private List<Object> shownKey = List.of();

    void show(BudgetPlan plan, List<ExpenseRow> rows) {
        boolean open = plan.canEdit() && !plan.settled();
        add.setVisible(open && !plan.lines().isEmpty());
        // A live update that changed nothing here (a plan line, the cap) leaves the table alone.
        List<Object> key = List.of(open, plan.owner(), List.copyOf(rows));
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        tableSlot.removeAll();
        if (rows.isEmpty()) {
            tableSlot.add(new Span(getTranslation("budget.expense.empty")));
            return;
        }
        NativeTable table = Tables.table("budget-expense-table", getTranslation("budget.expense.caption"),
                getTranslation("budget.col.date"), getTranslation("budget.col.payee"),
                getTranslation("budget.col.amount"), getTranslation("budget.col.method"),
                getTranslation("budget.col.line"), getTranslation("budget.col.status"),
                getTranslation("budget.col.enteredBy"), getTranslation("budget.col.receipt"),
                getTranslation("budget.col.actions"));
        NativeTableBody body = table.getBody();
        for (ExpenseRow r : rows) {
            NativeTableRow row = body.addRow();
            row.addClassName("budget-expense");
            row.getElement().setAttribute("data-expense", String.valueOf(r.id()));
            Tables.text(row, Formats.date(r.date(), getLocale()));
            Tables.rowHeader(row, r.payee());
            Tables.amount(row, Won.symbol(r.amountWon()));
            Tables.text(row, getTranslation(r.method().messageKey()));
            Tables.text(row, r.lineTitle());
            Span status = new Span(getTranslation(r.status().messageKey()));
            status.addClassNames("budget-status", "status-" + r.status().name().toLowerCase());
            Div statusCell = new Div(status);
            if (r.status() == ExpenseStatus.RETURNED && r.returnReason() != null) {
                Span reason = new Span(getTranslation("budget.expense.reason", r.returnReason()));
                reason.addClassName("budget-note");
                statusCell.add(reason);
            }
            Tables.cell(row, statusCell);
            Tables.text(row, r.enteredByName());
            if (r.hasReceipt()) {
                long id = r.id();
                long eid = page.id();
                Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> response(page.expenses.receipt(eid, id))),
                        String.valueOf(r.receiptName()));
                a.getElement().setAttribute("download", true);
                a.getElement().setAttribute("aria-label", getTranslation("budget.expense.receiptOf", r.payee()));
                Tables.cell(row, a);
            } else {
                Tables.text(row, getTranslation("budget.expense.noReceipt"));
            }
            Tables.cell(row, actions(plan, r, open));
        }
        tableSlot.add(table);
    }

    private Div actions(BudgetPlan plan, ExpenseRow r, boolean open) {
        Div box = new Div();
        box.addClassName("budget-actions");
        if (!open) {
            return box;
        }
        if (plan.owner() && r.status() != ExpenseStatus.APPROVED) {
            Button approve = new Button(getTranslation("budget.expense.approve"), e -> page.change(() ->
                    page.expenses.approve(page.id(), r.id(), r.version())));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            approve.setAriaLabel(getTranslation("budget.expense.approveOf", r.payee()));
            approve.addClassName("budget-approve");
            box.add(approve);
        }
        if (plan.owner() && r.status() != ExpenseStatus.RETURNED) {
            Button ret = new Button(getTranslation("budget.expense.return"), e -> new ReturnDialog(page, r).open());
            ret.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ret.setAriaLabel(getTranslation("budget.expense.returnOf", r.payee()));
            ret.addClassName("budget-return");
            box.add(ret);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(page.expenses.get(page.id(), r.id())));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel(getTranslation("budget.expense.editOf", r.payee()));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                "budget.expense.removeQuestion", "expense-remove-keep",
                () -> page.change(() -> page.expenses.remove(page.id(), r.id(), r.version())), r.payee()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("budget.expense.removeOf", r.payee()));
        box.add(edit, remove);
        return box;
    }

    /** Streams the stored file to the browser (Vaadin copies and closes the stream). */
    private static DownloadResponse response(@Nullable Receipt r) throws java.io.IOException {
        if (r == null) {
            return DownloadResponse.error(404);
        }
        return new DownloadResponse(r.content().open(), r.name(), r.type(), r.size());
    }

    private void open(@Nullable ExpenseRow row) {
        dialog = new ExpenseDialog(page, row);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                dialog = null;
            }
        });
        dialog.open();
    }

    void refreshDialog() {
        if (dialog != null) {
            dialog.refresh();
        }
    }
}
