package kr.silheomjang.budget.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineRow;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.Money;
import kr.silheomjang.budget.Won;
import kr.silheomjang.experiment.ExperimentSummary;

/**
 * The plan lines grouped by category, each group with its subtotal: planned, approved spend, variance in won and %,
 * receipts; lines over plan are highlighted and say so in words. Editors add, edit and remove lines; an empty plan
 * offers to start from one of the user's earlier experiments.
 */
class PlanTable extends Div {

    private final BudgetView page;
    final Button add = new Button();
    final Div tableSlot = new Div();
    final Div copyBox = new Div();
    final Select<ExperimentSummary> copySource = new Select<>();
    final Button copy = new Button();
    @Nullable LineDialog dialog;

    PlanTable(BudgetView page) {
        this.page = page;
        setId("budget-plan");
        addClassName("budget-plan");
        add.setText(getTranslation("budget.line.add"));
        add.setId("budget-line-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> open(null));
        copySource.setLabel(getTranslation("budget.copy.label"));
        copySource.setId("budget-copy-source");
        copySource.setItemLabelGenerator(s -> s == null ? "" : s.title());
        copy.setText(getTranslation("budget.copy.button"));
        copy.setId("budget-copy");
        copy.setEnabled(false);
        copySource.addValueChangeListener(e -> copy.setEnabled(e.getValue() != null));
        copy.addClickListener(e -> {
            ExperimentSummary s = copySource.getValue();
            if (s != null) {
                page.change(() -> page.budget.copyFrom(page.id(), s.id()));
            }
        });
        HorizontalLayout copyRow = new HorizontalLayout(copySource, copy);
        copyRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        copyRow.setWrap(true);
        copyBox.setId("budget-copy-box");
        copyBox.add(new Span(getTranslation("budget.copy.intro")), copyRow);
        add(new H3(getTranslation("budget.plan.title")), add, copyBox, tableSlot);
    }

    void show(BudgetPlan plan) {
        boolean edit = plan.canEdit() && !plan.settled();
        add.setVisible(edit);
        boolean offerCopy = edit && plan.lines().isEmpty();
        copyBox.setVisible(offerCopy);
        if (offerCopy) {
            List<ExperimentSummary> sources = page.budget.copySources(page.id());
            copySource.setItems(sources);
            copyBox.setVisible(!sources.isEmpty());
        }
        tableSlot.removeAll();
        if (plan.lines().isEmpty()) {
            tableSlot.add(new Span(getTranslation(plan.canEdit() ? "budget.plan.empty" : "budget.guest.nothing")));
            return;
        }
        List<String> headings = new java.util.ArrayList<>(List.of(getTranslation("budget.col.line"),
                getTranslation("budget.col.funder"), getTranslation("budget.col.planned"),
                getTranslation("budget.col.spent"), getTranslation("budget.col.variance"),
                getTranslation("budget.col.receipts")));
        if (edit) {
            headings.add(getTranslation("budget.col.actions"));
        }
        NativeTable table = Tables.table("budget-lines", getTranslation("budget.plan.caption"),
                headings.toArray(String[]::new));
        for (BudgetCategory c : plan.byCategory().keySet()) {
            NativeTableBody body = table.addBody();
            body.addClassName("budget-category");
            NativeTableRow head = body.addRow();
            head.addClassName("budget-category-row");
            Money m = plan.byCategory().get(c);
            Tables.rowHeader(head, getTranslation(c.messageKey()));
            Tables.text(head, "");
            Tables.amount(head, Won.symbol(m.planned()));
            Tables.amount(head, Won.symbol(m.spent()));
            Tables.amount(head, variance(m));
            Tables.text(head, "");
            if (edit) {
                Tables.text(head, "");
            }
            plan.lines().stream().filter(l -> l.category() == c).forEach(l -> line(body, l, edit));
        }
        NativeTableRow total = table.getFoot().addRow();
        total.addClassName("budget-total-row");
        Tables.rowHeader(total, getTranslation("budget.total"));
        Tables.text(total, "");
        Tables.amount(total, Won.symbol(plan.total().planned()));
        Tables.amount(total, Won.symbol(plan.total().spent()));
        Tables.amount(total, variance(plan.total()));
        Tables.text(total, String.valueOf(plan.lines().stream().mapToInt(BudgetLineRow::receipts).sum()));
        if (edit) {
            Tables.text(total, "");
        }
        tableSlot.add(table);
    }

    private void line(NativeTableBody body, BudgetLineRow l, boolean edit) {
        NativeTableRow row = body.addRow();
        row.addClassName("budget-line");
        row.getElement().setAttribute("data-line", String.valueOf(l.id()));
        Div name = new Div(new Span(l.title()));
        if (!l.note().isEmpty()) {
            Span note = new Span(l.note());
            note.addClassName("budget-note");
            name.add(note);
        }
        Tables.cell(row, name);
        Tables.text(row, page.summary.funderName(l.funder()));
        Tables.amount(row, Won.symbol(l.plannedWon()));
        Tables.amount(row, Won.symbol(l.spentWon()));
        Tables.amount(row, variance(l.money()));
        Tables.text(row, String.valueOf(l.receipts()));
        if (l.money().over()) {
            row.addClassName("budget-over");
        }
        if (edit) {
            Button editButton = new Button(VaadinIcon.EDIT.create(), e -> open(l));
            editButton.setAriaLabel(getTranslation("budget.line.editOf", l.title()));
            editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            editButton.addClassName("budget-line-edit");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> page.change(() ->
                    page.budget.removeLine(page.id(), l.id(), l.version())));
            remove.setAriaLabel(getTranslation("budget.line.removeOf", l.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Tables.cell(row, editButton, remove);
        }
    }

    /** "-₩30,000 (-12.0%)", plus the word 초과 when over plan (never colour alone). */
    private String variance(Money m) {
        String text = Won.signedSymbol(m.variance()) + " (" + m.variancePercent() + ")";
        return m.over() ? text + " " + getTranslation("budget.over") : text;
    }

    private void open(@Nullable BudgetLineRow line) {
        dialog = new LineDialog(page, line);
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
