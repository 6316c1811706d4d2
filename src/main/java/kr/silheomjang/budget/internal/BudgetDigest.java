package kr.silheomjang.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.budget.BudgetLive;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Money;
import kr.silheomjang.budget.Won;
import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.shared.ReportSection;
import kr.silheomjang.ui.Formats;

/**
 * The budget in a few sentences, for the two places that show it outside its tab: the overview block and the hand-off
 * report. One piece reads the plan as the caller may see it (a guest: only what is shared; nothing at all: no block),
 * follows the same live kinds and writes the same figures; the two adapters below only lay them out as their host
 * expects.
 */
@Component
class BudgetDigest {

    static final Set<BudgetLive> LIVE = Set.of(BudgetLive.PLAN, BudgetLive.EXPENSES, BudgetLive.SETTLEMENT);

    private final BudgetService budget;
    private final BudgetTexts texts;

    BudgetDigest(BudgetService budget, BudgetTexts texts) {
        this.budget = budget;
        this.texts = texts;
    }

    /** The plan the caller sees, or empty when it has no lines (then neither place shows a block). */
    Optional<BudgetPlan> plan(long experimentId) {
        BudgetPlan plan = budget.plan(experimentId);
        return plan.lines().isEmpty() ? Optional.empty() : Optional.of(plan);
    }

    String planned(Money m) {
        return Won.text(m.planned(), texts.locale());
    }

    String spent(Money m) {
        return Won.text(m.spent(), texts.locale());
    }

    /** "-30,000원 (-12.0%)", in English "-₩30,000 (-12.0%)" */
    String variance(Money m) {
        return Won.text(m.variance(), texts.locale()) + " (" + m.variancePercent() + ")";
    }

    java.util.Locale locale() {
        return texts.locale();
    }

    String t(String key, Object... args) {
        return texts.t(key, args);
    }

    String funder(Funder f) {
        return texts.funder(f);
    }

    static String href(long experimentId) {
        return "experiments/" + experimentId + "/budget";
    }

    /** The overview block: totals with the cap or settlement state, and up to three lines over plan. */
    @Component
    static class Overview implements OverviewSummary {

        private final BudgetDigest digest;

        Overview(BudgetDigest digest) {
            this.digest = digest;
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
            return LIVE;
        }

        @Override
        public List<Line> lines(long experimentId) {
            return digest.plan(experimentId).map(plan -> {
                String href = href(experimentId);
                Money t = plan.total();
                List<Line> lines = new ArrayList<>();
                String status = plan.settled() ? "budget.overview.settled"
                        : plan.overCap() ? "budget.overview.overCap" : t.over() ? "budget.overview.overPlan" : null;
                lines.add(new Line(digest.t("budget.overview.totals", digest.planned(t), digest.spent(t),
                        Won.text(t.variance(), digest.locale()), t.variancePercent()), status,
                        plan.capWon() == null ? null
                                : digest.t("budget.overview.cap", Won.text(plan.capWon(), digest.locale())),
                        href));
                plan.lines().stream().filter(l -> l.money().over()).limit(3).forEach(l -> lines.add(new Line(
                        digest.t("budget.overview.lineOver", l.title(), Won.text(l.money().variance(), digest.locale()),
                                l.money().variancePercent()), null, null, href)));
                return lines;
            }).orElse(List.of());
        }
    }

    /** 예산 · 결산 in the hand-off report: totals, each funder's share, and whether the books are closed. */
    @Component
    static class Report implements ReportSection {

        private final BudgetDigest digest;

        Report(BudgetDigest digest) {
            this.digest = digest;
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
            return LIVE;
        }

        @Override
        public List<Line> lines(long experimentId) {
            return digest.plan(experimentId).map(plan -> {
                Money t = plan.total();
                List<Line> lines = new ArrayList<>();
                lines.add(new Line(digest.t("budget.report.planned"), digest.planned(t), null));
                lines.add(new Line(digest.t("budget.report.spent"), digest.spent(t), null));
                lines.add(new Line(digest.t("budget.report.variance"), digest.variance(t), null));
                if (plan.byFunder().size() > 1) {
                    for (Map.Entry<Funder, Money> f : plan.byFunder().entrySet()) {
                        lines.add(new Line(digest.funder(f.getKey()), digest.t("budget.report.funderValue",
                                digest.planned(f.getValue()), digest.spent(f.getValue())), null));
                    }
                }
                lines.add(new Line(digest.t("budget.report.settlement"), plan.settled()
                        ? digest.t("budget.report.settledOn", Formats.dateTime(plan.settledAt(),
                                java.util.Locale.KOREAN), String.valueOf(plan.settledByName()))
                        : digest.t("budget.report.open"), null));
                return lines;
            }).orElse(List.of());
        }
    }
}
