package kr.silheomjang.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.budget.BudgetLive;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.Money;
import kr.silheomjang.budget.Won;
import kr.silheomjang.shared.OverviewSummary;

/**
 * The budget's block on the overview: planned against approved spend with the variance, the cap warning, lines over
 * plan, and the settlement state; a guest sees only what is shared with them (nothing: no block).
 */
@Component
class BudgetOverviewSummary implements OverviewSummary {

    private final BudgetService budget;
    private final BudgetTexts texts;

    BudgetOverviewSummary(BudgetService budget, BudgetTexts texts) {
        this.budget = budget;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "budget.overview.title";
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
        String href = "experiments/" + experimentId + "/budget";
        Money t = plan.total();
        List<Line> lines = new ArrayList<>();
        String status = plan.settled() ? "budget.overview.settled"
                : plan.overCap() ? "budget.overview.overCap" : t.over() ? "budget.overview.overPlan" : null;
        lines.add(new Line(texts.t("budget.overview.totals", Won.text(t.planned()), Won.text(t.spent()),
                Won.text(t.variance()), t.variancePercent()), status,
                plan.capWon() == null ? null : texts.t("budget.overview.cap", Won.text(plan.capWon())), href));
        plan.lines().stream().filter(l -> l.money().over()).limit(3).forEach(l -> lines.add(new Line(
                texts.t("budget.overview.lineOver", l.title(), Won.text(l.money().variance()),
                        l.money().variancePercent()), null, null, href)));
        return lines;
    }
}
