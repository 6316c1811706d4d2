package kr.silheomjang.budget.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import kr.silheomjang.Application;
import kr.silheomjang.budget.BudgetLineRow;
import kr.silheomjang.budget.BudgetRules;
import kr.silheomjang.budget.ExpenseDraft;
import kr.silheomjang.budget.ExpenseRow;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.budget.ExpenseStatus;
import kr.silheomjang.budget.PaymentMethod;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;
import kr.silheomjang.ui.Uploads;
import kr.silheomjang.shared.upload.StagedFile;

/**
 * Enters or edits one expense with its receipt (checked while it streams in, then again by the service). An open
 * expense is a {@link LiveForm}. Saving sends it back to the owner for approval.
 */
class ExpenseDialog extends Dialog {

    private final BudgetView page;
    private @Nullable ExpenseRow existing;
    /**
     * The version a save is checked against: it follows co-planners' saves of the fields in this form (the form shows
     * and marks those), but not a decision or a receipt this dialog does not show. Saving over those would undo an
     * approval or replace a receipt without a word; the save is a conflict instead, and the next one goes through.
     */
    private long saveVersion;
    final LiveForm<ExpenseRow> form;
    final DatePicker date = new DatePicker();
    final TextField payee = new TextField();
    final TextField amount = new TextField();
    final Select<PaymentMethod> method = new Select<>();
    final Select<Long> line = new Select<>();
    final Upload upload;
    final Span fileState = new Span();
    final BudgetErrors errors = new BudgetErrors("budget-expense-errors");
    final Button save = new Button();
    volatile @Nullable StagedFile file;

    ExpenseDialog(BudgetView page, @Nullable ExpenseRow existing) {
        this.page = page;
        this.existing = existing;
        this.saveVersion = existing == null ? 0 : existing.version();
        setId("budget-expense-dialog");
        setWidth("min(38rem, 100vw)");
        setHeaderTitle(getTranslation(existing == null ? "budget.expense.new" : "budget.expense.edit"));
        date.setLabel(getTranslation("budget.field.date"));
        date.setId("budget-expense-date");
        Formats.localize(date, getLocale());
        // The dates the service takes (BudgetRules.expense); a date typed outside says the service's sentence.
        LocalDate today = LocalDate.now(Application.ZONE);
        date.setMin(BudgetRules.earliestExpenseDate(today));
        date.setMax(BudgetRules.latestExpenseDate(today));
        String outOfRange = getTranslation("budget.error.dateRange");
        date.setI18n(date.getI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange));
        payee.setLabel(getTranslation("budget.field.payee"));
        payee.setId("budget-expense-payee");
        BudgetErrors.limit(payee, BudgetRules.PAYEE_MAX, "budget.error.payeeLong");
        payee.setRequiredIndicatorVisible(true);
        amount.setLabel(getTranslation("budget.field.amount"));
        amount.setId("budget-expense-amount");
        amount.setSuffixComponent(new Span(getTranslation("budget.amount.unit")));
        amount.setHelperText(getTranslation("budget.field.amountHelp"));
        amount.setRequiredIndicatorVisible(true);
        method.setLabel(getTranslation("budget.field.method"));
        method.setId("budget-expense-method");
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.messageKey()));
        Map<Long, String> titles = page.plan.lines().stream().collect(Collectors.toMap(BudgetLineRow::id,
                l -> getTranslation(l.category().messageKey()) + " · " + l.title()));
        line.setLabel(getTranslation("budget.field.line"));
        line.setId("budget-expense-line");
        line.setItems(page.plan.lines().stream().map(BudgetLineRow::id).toList());
        line.setItemLabelGenerator(id -> id == null ? "" : titles.getOrDefault(id, "?"));
        // No required indicator on the select: Vaadin then puts aria-required on its value button (role=button),
        // which axe reports as critical; the service names a missing line in Korean instead.
        FormLayout fields = new FormLayout(date, method, payee, amount, line);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(line, 2);
        // Streamed to a temporary file while it arrives; kept by the service on save, dropped on close.
        upload = Uploads.staged(ExpenseService.RECEIPTS, "budget.receipt.pick", "budget.receipt.drop", f -> {
            StagedFile before = file;
            if (before != null) {
                before.discard();
            }
            file = f;
            fileState.setText(getTranslation("budget.receipt.ready", f.name()));
        });
        addOpenedChangeListener(e -> {
            StagedFile left = file;
            if (!e.isOpened() && left != null) {
                left.discard();
            }
        });
        upload.setId("budget-expense-upload");
        Span label = new Span(getTranslation(existing != null && existing.hasReceipt() ? "budget.receipt.replace"
                : "budget.receipt.label"));
        label.addClassName("budget-field-label");
        fileState.setId("budget-expense-file-state");
        fileState.addClassName("help-text");
        if (existing != null && existing.hasReceipt()) {
            fileState.setText(getTranslation("budget.receipt.current", String.valueOf(existing.receiptName())));
        }
        add(errors, fields, label, upload, fileState);
        if (existing != null && existing.status() == ExpenseStatus.APPROVED) {
            Paragraph again = new Paragraph(getTranslation("budget.expense.backToReview"));
            again.addClassName("help-text");
            add(again);
        }
        form = LiveForm.<ExpenseRow>of(this)
                .bind("date", date, ExpenseRow::date, d -> Formats.date(d, getLocale()))
                .bind("payee", payee, ExpenseRow::payee)
                .bind("amount", amount, r -> r.amountWon() == 0 ? "" : String.format("%,d", r.amountWon()))
                .bind("method", method, ExpenseRow::method, m -> getTranslation(m.messageKey()))
                .bind("line", line, r -> r.lineId() == 0 ? null : r.lineId(), id -> titles.getOrDefault(id, "?"))
                .whenDecided(() -> errors.setVisible(false));
        if (existing != null) {
            form.presence(page.presence("budget-expense:" + existing.id()));
            add(form.others());
        }
        form.load(existing != null ? existing : blank());
        Button cancel = new Button(getTranslation("budget.cancel"), e -> close());
        cancel.setId("budget-expense-cancel");
        save.setText(getTranslation("budget.save"));
        save.setId("budget-expense-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        // A receipt chosen and not saved is work too (the staged file is dropped on close).
        BooleanSupplier typed = KeepTyped.typed(this, form);
        KeepTyped.guard(this, () -> typed.getAsBoolean() || file != null);
    }

    private static ExpenseRow blank() {
        return new ExpenseRow(0, 0, LocalDate.now(Application.ZONE), "", 0, PaymentMethod.CORPORATE_CARD, 0, "",
                ExpenseStatus.SUBMITTED, null, null, "", null, "", Instant.EPOCH);
    }

    ExpenseDraft draft() {
        return new ExpenseDraft(date.getValue(), payee.getValue(), Won.parse(amount.getValue()), method.getValue(),
                line.getValue());
    }

    /** A co-planner saved this expense: untouched fields follow, touched ones are marked. */
    void refresh() {
        if (existing == null || !isOpened()) {
            return;
        }
        long id = existing.id();
        page.expenseRows.stream().filter(r -> r.id() == id).findFirst()
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> {
                    if (existing != null && sameOutsideTheForm(existing, latest)) {
                        saveVersion = latest.version();
                    }
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                });
    }

    private static boolean sameOutsideTheForm(ExpenseRow a, ExpenseRow b) {
        return a.status() == b.status() && Objects.equals(a.returnReason(), b.returnReason())
                && Objects.equals(a.decidedByName(), b.decidedByName())
                && Objects.equals(a.receiptName(), b.receiptName());
    }

    void save() {
        errors.setVisible(false);
        if (existing != null && form.refusesSave(this::showRefusal)) {
            return;
        }
        ExpenseRow row = existing;
        StagedFile f = file;
        boolean saved = Actions.on(this).onInvalid(this::showInvalid).showConflictWith(this::showConflict).run(() -> {
            if (row == null) {
                page.expenses.add(page.id(), draft(), f);
            } else {
                page.expenses.save(page.id(), row.id(), saveVersion, draft(), f);
            }
        });
        if (saved) {
            Messages.showSuccess(getTranslation("budget.expense.saved"));
            close();
            page.refresh();
        }
    }

    private void showInvalid(List<String> keys) {
        errors.showKeys(keys, Map.of("budget.error.payee", payee, "budget.error.payeeLong", payee,
                "budget.error.amountNotNumber", amount, "budget.error.expenseNotPositive", amount,
                "budget.error.amountAbsurd", amount, "budget.error.date", date, "budget.error.dateRange", date));
    }

    private void showConflict(String who, String when) {
        page.refresh();
        refresh();
        if (existing != null) {
            saveVersion = existing.version(); // told now: saving again goes over it
        }
        showRefusal(who, when);
    }

    private void showRefusal(String who, String when) {
        errors.showText(form.conflictText("budget.expense.conflict", who, when));
    }
}
