package kr.silheomjang.budget.ui;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetLineRow;
import kr.silheomjang.budget.BudgetRules;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * Adds or edits one plan line. An open line is a {@link LiveForm}: a co-planner's save arrives in untouched fields,
 * a touched field is marked with who changed it and the save waits for the user's choice. Refusals are shown inside.
 */
class LineDialog extends Dialog {

    private final BudgetView page;
    private @Nullable BudgetLineRow existing;
    final LiveForm<BudgetLineRow> form;
    final Select<BudgetCategory> category = new Select<>();
    final TextField title = new TextField();
    final TextField planned = new TextField();
    final Select<Funder> funder = new Select<>();
    final TextArea note = new TextArea();
    final BudgetErrors errors = new BudgetErrors("budget-line-errors");
    final Button save = new Button();

    LineDialog(BudgetView page, @Nullable BudgetLineRow existing) {
        this.page = page;
        this.existing = existing;
        setId("budget-line-dialog");
        setWidth("min(36rem, 100vw)");
        setHeaderTitle(getTranslation(existing == null ? "budget.line.new" : "budget.line.edit"));
        category.setLabel(getTranslation("budget.field.category"));
        category.setId("budget-line-category");
        category.setItems(BudgetCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        title.setLabel(getTranslation("budget.field.title"));
        title.setId("budget-line-title");
        BudgetErrors.limit(title, BudgetRules.TITLE_MAX, "budget.error.titleLong");
        title.setRequiredIndicatorVisible(true);
        planned.setLabel(getTranslation("budget.field.planned"));
        planned.setId("budget-line-planned");
        planned.setSuffixComponent(new Span(getTranslation("budget.amount.unit")));
        planned.setHelperText(getTranslation("budget.field.amountHelp"));
        planned.setRequiredIndicatorVisible(true);
        funder.setLabel(getTranslation("budget.field.funder"));
        funder.setId("budget-line-funder");
        List<Funder> funders = page.plan.funders();
        funder.setItems(funders);
        funder.setItemLabelGenerator(f -> f == null ? "" : page.summary.funderName(f));
        note.setLabel(getTranslation("budget.field.note"));
        note.setId("budget-line-note");
        BudgetErrors.limit(note, BudgetRules.NOTE_MAX, "budget.error.noteLong");
        FormLayout fields = new FormLayout(category, funder, title, planned, note);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(title, 2);
        fields.setColspan(note, 2);
        add(errors, fields);
        form = LiveForm.<BudgetLineRow>of(this)
                .bind("category", category, BudgetLineRow::category, c -> getTranslation(c.messageKey()))
                .bind("title", title, BudgetLineRow::title)
                .bind("planned", planned, l -> String.format("%,d", l.plannedWon()))
                .bind("funder", funder, l -> funders.stream().filter(f -> java.util.Objects.equals(f.partnerId(),
                        l.funder().partnerId())).findFirst().orElse(Funder.ORGANISATION),
                        f -> page.summary.funderName(f))
                .bind("note", note, BudgetLineRow::note)
                .whenDecided(() -> errors.setVisible(false));
        if (existing != null) {
            form.presence(page.presence("budget-line:" + existing.id()));
            add(form.others());
        }
        form.load(existing != null ? existing : blank());
        Button cancel = new Button(getTranslation("budget.cancel"), e -> close());
        cancel.setId("budget-line-cancel");
        save.setText(getTranslation("budget.save"));
        save.setId("budget-line-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(cancel, save);
        KeepTyped.guard(this, form);
    }

    private static BudgetLineRow blank() {
        return new BudgetLineRow(0, 0, BudgetCategory.VENUE, "", 0, "", Funder.ORGANISATION, 0, 0, 0, "",
                Instant.EPOCH);
    }

    BudgetLineDraft draft() {
        Funder f = funder.getValue();
        return new BudgetLineDraft(category.getValue(), title.getValue(), Won.parse(planned.getValue()),
                note.getValue(), f == null ? null : f.partnerId());
    }

    /** A co-planner saved this line: untouched fields follow, touched ones are marked. */
    void refresh() {
        if (existing == null || !isOpened()) {
            return;
        }
        long id = existing.id();
        page.plan.lines().stream().filter(l -> l.id() == id).findFirst()
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> {
                    existing = latest;
                    form.refresh(latest, latest.updatedByName(), latest.updatedAt());
                });
    }

    void save() {
        errors.setVisible(false);
        if (existing != null && form.refusesSave(this::showRefusal)) {
            return;
        }
        BudgetLineRow line = existing;
        boolean saved = Actions.on(this).onInvalid(this::showInvalid).showConflictWith(this::showConflict).run(() -> {
            if (line == null) {
                page.budget.addLine(page.id(), draft());
            } else {
                page.budget.saveLine(page.id(), line.id(), form.latest().version(), draft());
            }
        });
        if (saved) {
            Messages.showSuccess(getTranslation("budget.line.saved"));
            close();
            page.refresh();
        }
    }

    private void showInvalid(List<String> keys) {
        errors.showKeys(keys, java.util.Map.of("budget.error.title", title, "budget.error.titleLong", title,
                "budget.error.noteLong", note, "budget.error.amountNotNumber", planned,
                "budget.error.amountNegative", planned, "budget.error.amountAbsurd", planned));
    }

    private void showConflict(String who, String when) {
        page.refresh();
        refresh();
        showRefusal(who, when);
    }

    private void showRefusal(String who, String when) {
        errors.showText(form.conflictText("budget.line.conflict", who, when));
    }
}
