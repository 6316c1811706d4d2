package kr.silheomjang.budget.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Money;
import kr.silheomjang.budget.Won;
import kr.silheomjang.ui.TypedOver;

/**
 * The plan at a glance: planned, approved spend and variance overall; the cap (editable by the team) and the warning
 * when the plan exceeds it; each funder's share; and the bar chart per category, built from plain divs whose values
 * are also written out as text (screen readers read the text, the bars are decoration).
 */
class BudgetSummary extends Div {

    private final BudgetView page;
    final Div totals = new Div();
    final Paragraph capWarning = new Paragraph();
    final TextField cap = new TextField();
    final Button saveCap = new Button();
    final UnorderedList funders = new UnorderedList();
    final Div chart = new Div();
    private long version;
    private final TypedOver capTyped = new TypedOver();
    private String shownCap = "";
    private final Map<String, Span> figures = new java.util.HashMap<>();
    private Map<Funder, Money> shownFunders = Map.of();
    private Map<BudgetCategory, Money> shownCategories = Map.of();

    BudgetSummary(BudgetView page) {
        this.page = page;
        setId("budget-summary");
        addClassNames("card", "budget-summary");
        totals.setId("budget-totals");
        totals.addClassName("budget-totals");
        totals.getElement().setAttribute("aria-live", "polite");
        capWarning.setId("budget-cap-warning");
        capWarning.addClassName("budget-warning");
        capWarning.getElement().setAttribute("role", "alert");
        cap.setLabel(getTranslation("budget.cap.label"));
        cap.setId("budget-cap");
        cap.setHelperText(getTranslation("budget.cap.help"));
        cap.setSuffixComponent(new Span(getTranslation("budget.amount.unit")));
        saveCap.setText(getTranslation("budget.cap.save"));
        saveCap.setId("budget-cap-save");
        // A cap typed here is saved against the version it was typed over: whatever a co-planner saved meanwhile makes
        // the save a conflict, however many other live updates came since.
        cap.addValueChangeListener(e -> capTyped.changed(e.isFromClient(), version));
        saveCap.addClickListener(e -> {
            long basedOn = capTyped.basedOn(version);
            // After a conflict the page shows the cap that was saved first (the version moved on); after a refusal
            // the typed text stays to be corrected.
            if (page.change(() -> page.budget.setCap(page.id(), basedOn, parseCap(cap.getValue())))
                    || version != basedOn) {
                capTyped.done();
                cap.setValue(shownCap);
            }
        });
        HorizontalLayout capRow = new HorizontalLayout(cap, saveCap);
        capRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        capRow.setWrap(true);
        funders.setId("budget-funders");
        funders.addClassName("budget-funders");
        chart.setId("budget-chart");
        chart.addClassName("budget-chart");
        H3 chartTitle = new H3(getTranslation("budget.chart.title"));
        chartTitle.setId("budget-chart-title");
        chart.getElement().setAttribute("role", "group");
        chart.getElement().setAttribute("aria-labelledby", "budget-chart-title");
        add(totals, capWarning, capRow, new H3(getTranslation("budget.funders.title")), funders, chartTitle, chart);
    }

    /** Empty clears the cap; anything that is not a whole number reaches the service as a refusal. */
    private static Long parseCap(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Long won = Won.parse(typed);
        if (won == null) {
            throw new kr.silheomjang.shared.UserFacingException("budget.error.amountNotNumber");
        }
        return won;
    }

    void show(BudgetPlan plan) {
        String latest = plan.capWon() == null ? "" : String.format("%,d", plan.capWon());
        version = plan.version();
        Money t = plan.total();
        long pending = plan.lines().stream().mapToLong(l -> l.pendingWon()).sum();
        // Only figures whose text changed are written again (a live update sends just those).
        set("budget.total.planned", Won.symbol(t.planned()), "budget-total-planned", true);
        set("budget.total.spent", Won.symbol(t.spent()), "budget-total-spent", true);
        set("budget.total.variance", Won.signedSymbol(t.variance()) + " (" + t.variancePercent() + ")",
                "budget-total-variance", true);
        set("budget.total.pending", Won.symbol(pending), "budget-total-pending", plan.canEdit());
        capWarning.setVisible(plan.overCap());
        capWarning.setText(plan.overCap() ? getTranslation("budget.cap.over", Won.text(plan.capWon(), getLocale()),
                Won.text(plan.overCapBy(), getLocale())) : "");
        // A co-planner's cap replaces the field only while this user has not typed in it.
        if (!capTyped.typing()) {
            cap.setValue(latest);
        }
        shownCap = latest;
        boolean editCap = plan.canEdit() && !plan.settled();
        cap.setVisible(plan.canEdit());
        cap.setReadOnly(!editCap);
        saveCap.setVisible(editCap);
        if (plan.byFunder().equals(shownFunders) && plan.byCategory().equals(shownCategories)) {
            return;
        }
        shownFunders = Map.copyOf(plan.byFunder());
        shownCategories = Map.copyOf(plan.byCategory());
        funders.removeAll();
        for (Map.Entry<Funder, Money> f : plan.byFunder().entrySet()) {
            funders.add(new ListItem(getTranslation("budget.funders.line", funderName(f.getKey()),
                    Won.text(f.getValue().planned(), getLocale()), Won.text(f.getValue().spent(), getLocale()))));
        }
        chart.removeAll();
        for (Map.Entry<BudgetCategory, Money> c : plan.byCategory().entrySet()) {
            chart.add(bar(getTranslation(c.getKey().messageKey()), c.getValue(), c.getKey().name()));
        }
    }

    String funderName(Funder f) {
        return f.organisation() ? getTranslation("budget.funder.organisation") : String.valueOf(f.partnerName());
    }

    /** Shows a figure (made on first use) with the value, writing it only when it differs. */
    private void set(String labelKey, String value, String id, boolean visible) {
        Span v = figures.computeIfAbsent(id, k -> {
            Div d = figure(labelKey, value, id);
            totals.add(d);
            return (Span) d.getComponentAt(1);
        });
        if (!v.getText().equals(value)) {
            v.setText(value);
        }
        v.getParent().ifPresent(d -> d.setVisible(visible));
    }

    private Div figure(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("budget-figure-label");
        Span v = new Span(value);
        v.addClassName("budget-figure-value");
        v.setId(id);
        Div d = new Div(label, v);
        d.addClassName("budget-figure");
        return d;
    }

    /** One row of the chart: name, a track with the spent share of the plan, and the values as text. */
    private Div bar(String name, Money m, String key) {
        Span label = new Span(name);
        label.addClassName("budget-bar-label");
        Div fill = new Div();
        fill.addClassName("budget-bar-fill");
        fill.getStyle().set("width", m.usedPercent() + "%");
        Div track = new Div(fill);
        track.addClassName("budget-bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(getTranslation("budget.chart.value", Won.symbol(m.spent()), Won.symbol(m.planned()),
                m.variancePercent()) + (m.over() ? " · " + getTranslation("budget.over") : ""));
        text.addClassName("budget-bar-text");
        Div row = new Div(label, track, text);
        row.addClassName("budget-bar");
        row.getElement().setAttribute("data-category", key);
        if (m.over()) {
            row.addClassName("budget-over");
        }
        return row;
    }
}
