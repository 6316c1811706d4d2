package kr.silheomjang.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.budget.BudgetLive;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Money;
import kr.silheomjang.budget.Won;
import kr.silheomjang.shared.ReportSection;
import kr.silheomjang.ui.Formats;

/** 예산 · 결산 in the hand-off report: totals, each funder's share, and whether the books are closed. */
@Component
class BudgetReportSection implements ReportSection {

    private final BudgetService budget;
    private final BudgetTexts texts;

    BudgetReportSection(BudgetService budget, BudgetTexts texts) {
        this.budget = budget;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "budget.report.title";
    }

    @Override
    public Set<BudgetLive> liveKinds() {
        return Set.of(BudgetLive.PLAN, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT);
    }

    @Override
    public List<Line> lines(long experimentId) {
        BudgetPlan plan = budget.plan(experimentId);
        if (plan.lines().isEmpty()) {
            return List.of();
        }
        Money t = plan.total();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(texts.t("budget.report.planned"), Won.text(t.planned()), null));
        lines.add(new Line(texts.t("budget.report.spent"), Won.text(t.spent()), null));
        lines.add(new Line(texts.t("budget.report.variance"), Won.text(t.variance()) + " (" + t.variancePercent()
                + ")", null));
        if (plan.byFunder().size() > 1) {
            for (Map.Entry<Funder, Money> f : plan.byFunder().entrySet()) {
                lines.add(new Line(texts.funder(f.getKey()), texts.t("budget.report.funderValue",
                        Won.text(f.getValue().planned()), Won.text(f.getValue().spent())), null));
            }
        }
        lines.add(new Line(texts.t("budget.report.settlement"), plan.settled()
                ? texts.t("budget.report.settledOn", Formats.dateTime(plan.settledAt(), java.util.Locale.KOREAN),
                        String.valueOf(plan.settledByName()))
                : texts.t("budget.report.open"), null));
        return lines;
    }
}
