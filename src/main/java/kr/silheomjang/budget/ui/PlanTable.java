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
import kr.silheomjang.ui.DestructiveQuestion;

/**
 * The plan lines grouped by category, each group with its subtotal: planned, approved spend, variance in won and %,
 * receipts; lines over plan are highlighted and say so in words. Editors add, edit and remove lines; an empty plan
 * offers to start from one of the user's earlier experiments. A live update rewrites only the rows whose figures
 * changed (and their category's subtotal and the total); the table is rebuilt only when lines come, go or move.
 */
class PlanTable extends Div {

    private final BudgetView page;
    final Button add = new Button();
    final Div tableSlot = new Div();
    final Div copyBox = new Div();
    final Select<ExperimentSummary> copySource = new Select<>();
    final Button copy = new Button();
    @Nullable LineDialog dialog;
    private @Nullable NativeTable table;
    private NativeTableRow totalRow = new NativeTableRow();
    private List<Object> shownShape = List.of();
    private final java.util.Map<Long, NativeTableRow> lineRows = new java.util.HashMap<>();
    private final java.util.Map<Long, BudgetLineRow> shownLines = new java.util.HashMap<>();
    private final java.util.Map<BudgetCategory, NativeTableRow> categoryRows = new java.util.EnumMap<>(
            BudgetCategory.class);
    private final java.util.Map<BudgetCategory, Money> shownCategories = new java.util.EnumMap<>(BudgetCategory.class);
    private @Nullable Money shownTotal;
    private final List<BudgetLineRow> changed = new java.util.ArrayList<>();

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
        List<Object> shape = shape(plan, edit);
        if (shape.equals(shownShape) && table != null) {
            // Same lines in the same places: only the rows whose figures changed are written again.
            changed.clear();
            for (BudgetLineRow l : plan.lines()) {
                if (!l.equals(shownLines.get(l.id()))) {
                    fillLine(lineRows.get(l.id()), l, edit);
                    changed.add(l);
                }
                shownLines.put(l.id(), l);
            }
            plan.byCategory().forEach((c, m) -> {
                if (!m.equals(shownCategories.get(c))) {
                    fillCategory(categoryRows.get(c), c, m, edit);
                    shownCategories.put(c, m);
                }
            });
            if (!plan.total().equals(shownTotal)) {
                fillTotal(totalRow, plan, edit);
                shownTotal = plan.total();
            }
            return;
        }
        shownShape = shape;
        changed.clear();
        changed.addAll(plan.lines().stream().filter(l -> !l.equals(shownLines.get(l.id()))).toList());
        build(plan, edit);
    }

    /** What decides the table's rows: lines per category in order, and whether it has the actions column. */
    private static List<Object> shape(BudgetPlan plan, boolean edit) {
        List<Object> shape = new java.util.ArrayList<>();
        shape.add(edit);
        plan.byCategory().keySet().forEach(c -> {
            shape.add(c);
            plan.lines().stream().filter(l -> l.category() == c).forEach(l -> shape.add(l.id()));
        });
        return shape;
    }

    /** The row showing a line (for tests: a live update keeps the rows it does not change). */
    @Nullable NativeTableRow rowOf(long lineId) {
        return lineRows.get(lineId);
    }

    /** Lines written again by the last {@link #show} (not the first one): what a co-planner changed. */
    List<BudgetLineRow> changed() {
        return List.copyOf(changed);
    }

    private void build(BudgetPlan plan, boolean edit) {
        tableSlot.removeAll();
        lineRows.clear();
        shownLines.clear();
        categoryRows.clear();
        shownCategories.clear();
        table = null;
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
        table = Tables.table("budget-lines", getTranslation("budget.plan.caption"), headings.toArray(String[]::new));
        for (BudgetCategory c : plan.byCategory().keySet()) {
            NativeTableBody body = table.addBody();
            body.addClassName("budget-category");
            NativeTableRow head = body.addRow();
            head.addClassName("budget-category-row");
            Money m = plan.byCategory().get(c);
            fillCategory(head, c, m, edit);
            categoryRows.put(c, head);
            shownCategories.put(c, m);
            plan.lines().stream().filter(l -> l.category() == c).forEach(l -> {
                NativeTableRow row = body.addRow();
                row.addClassName("budget-line");
                row.getElement().setAttribute("data-line", String.valueOf(l.id()));
                fillLine(row, l, edit);
                lineRows.put(l.id(), row);
                shownLines.put(l.id(), l);
            });
        }
        totalRow = table.getFoot().addRow();
        totalRow.addClassName("budget-total-row");
        fillTotal(totalRow, plan, edit);
        shownTotal = plan.total();
        tableSlot.add(table);
    }

    private void fillCategory(NativeTableRow head, BudgetCategory c, Money m, boolean edit) {
        head.removeAll();
        Tables.rowHeader(head, getTranslation(c.messageKey()));
        Tables.text(head, "");
        Tables.amount(head, Won.symbol(m.planned()));
        Tables.amount(head, Won.symbol(m.spent()));
        Tables.amount(head, variance(m));
        Tables.text(head, "");
        if (edit) {
            Tables.text(head, "");
        }
    }

    private void fillTotal(NativeTableRow total, BudgetPlan plan, boolean edit) {
        total.removeAll();
        Tables.rowHeader(total, getTranslation("budget.total"));
        Tables.text(total, "");
        Tables.amount(total, Won.symbol(plan.total().planned()));
        Tables.amount(total, Won.symbol(plan.total().spent()));
        Tables.amount(total, variance(plan.total()));
        Tables.text(total, String.valueOf(plan.lines().stream().mapToInt(BudgetLineRow::receipts).sum()));
        if (edit) {
            Tables.text(total, "");
        }
    }

    private void fillLine(NativeTableRow row, BudgetLineRow l, boolean edit) {
        row.removeAll();
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
        row.setClassName("budget-over", l.money().over());
        if (edit) {
            Button editButton = new Button(VaadinIcon.EDIT.create(), e -> open(l));
            editButton.setAriaLabel(getTranslation("budget.line.editOf", l.title()));
            editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            editButton.addClassName("budget-line-edit");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> DestructiveQuestion.ask(this,
                    "budget.line.removeQuestion", "line-remove-keep",
                    () -> page.change(() -> page.budget.removeLine(page.id(), l.id(), l.version())), l.title()));
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
