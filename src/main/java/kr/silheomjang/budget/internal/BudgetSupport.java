package kr.silheomjang.budget.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineRow;
import kr.silheomjang.budget.BudgetPlan;
import kr.silheomjang.budget.ExpenseStatus;
import kr.silheomjang.budget.Funder;
import kr.silheomjang.budget.Money;
import kr.silheomjang.people.PartnerRow;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.shared.UserFacingException;

/**
 * What the budget services share: the budget row (made on first write, locked first by every write), the funders,
 * and the plan with its spend read in three queries (lines, expenses, partners), never one per line. Callers have
 * checked access.
 */
@Component
public class BudgetSupport {

    private final BudgetRepository budgets;
    private final BudgetLineRepository lines;
    private final ExpenseRepository expenses;
    private final PartnerService partners;
    private final Clock clock;

    BudgetSupport(BudgetRepository budgets, BudgetLineRepository lines, ExpenseRepository expenses,
            PartnerService partners, Clock clock) {
        this.budgets = budgets;
        this.lines = lines;
        this.expenses = expenses;
        this.partners = partners;
        this.clock = clock;
    }

    /** The budget row, locked (the parent row of every budget write), made if missing. */
    public Budget lock(long experimentId, String by) {
        return budgets.lockByExperimentId(experimentId).orElseGet(() -> {
            budgets.saveAndFlush(new Budget(experimentId, clock.instant(), by));
            return budgets.lockByExperimentId(experimentId).orElseThrow();
        });
    }

    /** Locks the budget and refuses when the books are closed (결산 마감: read-only until the owner reopens). */
    public Budget lockOpen(long experimentId, String by) {
        Budget b = lock(experimentId, by);
        if (b.getSettledAt() != null) {
            throw new UserFacingException("budget.error.settled");
        }
        return b;
    }

    /** The organisation first, then the experiment's partner organisations by name. */
    public List<Funder> funders(long experimentId) {
        List<Funder> all = new ArrayList<>();
        all.add(Funder.ORGANISATION);
        partners.list(experimentId).forEach(p -> all.add(new Funder(p.id(), p.name())));
        return all;
    }

    /** Refuses a funder that is not one of the experiment's partner organisations. */
    public void requireFunder(long experimentId, @Nullable Long partnerId) {
        if (partnerId != null && partners.list(experimentId).stream().noneMatch(p -> p.id() == partnerId)) {
            throw new UserFacingException("budget.error.funder");
        }
    }

    public List<PartnerRow> partners(long experimentId) {
        return partners.list(experimentId);
    }

    /** Each partner organisation's invited guest addresses, lower case (whoever reads: see PartnerService). */
    public Map<Long, Set<String>> invitedAddresses(long experimentId) {
        return partners.invitedAddresses(experimentId);
    }

    /**
     * The plan as {@code visiblePartners} allows: every line when null (owners, planners), else only lines funded by
     * those partners (a guest's shared lines; no cap, no other funder).
     */
    public BudgetPlan plan(long experimentId, @Nullable Set<Long> visiblePartners, boolean followUp, boolean canEdit,
            boolean owner) {
        Budget b = budgets.findByExperimentId(experimentId).orElse(null);
        List<Funder> funders = funders(experimentId);
        Map<Long, Funder> byPartner = new HashMap<>();
        funders.stream().filter(f -> f.partnerId() != null).forEach(f -> byPartner.put(f.partnerId(), f));
        Map<Long, long[]> spend = new HashMap<>(); // line id -> {approved, pending, receipts}
        for (Expense e : expenses.findByExperimentIdOrderBySpentOnDescIdDesc(experimentId)) {
            long[] s = spend.computeIfAbsent(e.getLineId(), k -> new long[3]);
            if (e.getStatus() == ExpenseStatus.APPROVED) {
                s[0] += e.getAmountWon();
            } else if (e.getStatus() == ExpenseStatus.SUBMITTED) {
                s[1] += e.getAmountWon();
            }
            if (e.getReceiptName() != null) {
                s[2]++;
            }
        }
        List<BudgetLineRow> rows = new ArrayList<>();
        for (BudgetLine l : lines.findByExperimentIdOrderByIdAsc(experimentId)) {
            if (visiblePartners != null && (l.getPartnerId() == null || !visiblePartners.contains(l.getPartnerId()))) {
                continue;
            }
            long[] s = spend.getOrDefault(l.getId(), new long[3]);
            Funder f = l.getPartnerId() == null ? Funder.ORGANISATION
                    : byPartner.getOrDefault(l.getPartnerId(), new Funder(l.getPartnerId(), "?"));
            rows.add(new BudgetLineRow(l.getId(), l.getVersion(), l.getCategory(), l.getTitle(), l.getPlannedWon(),
                    l.getNote(), f, s[0], s[1], (int) s[2], l.getUpdatedByName(), l.getUpdatedAt()));
        }
        rows.sort(java.util.Comparator.comparing(BudgetLineRow::category).thenComparing(BudgetLineRow::id));
        Map<BudgetCategory, Money> byCategory = new EnumMap<>(BudgetCategory.class);
        Map<Funder, Money> byFunder = new LinkedHashMap<>();
        Money total = Money.ZERO;
        for (BudgetLineRow r : rows) {
            byCategory.merge(r.category(), r.money(), Money::plus);
            total = total.plus(r.money());
        }
        for (Funder f : funders) {
            Money m = rows.stream().filter(r -> Objects.equals(r.funder().partnerId(), f.partnerId()))
                    .map(BudgetLineRow::money).reduce(Money.ZERO, Money::plus);
            if (m.planned() != 0 || m.spent() != 0) {
                byFunder.put(f, m);
            }
        }
        boolean guest = visiblePartners != null;
        Long cap = guest || b == null ? null : b.getCapWon();
        List<Funder> shownFunders = guest ? funders.stream().filter(f -> f.partnerId() != null
                && visiblePartners.contains(f.partnerId())).collect(Collectors.toList()) : funders;
        return new BudgetPlan(b == null ? -1 : b.getVersion(), List.copyOf(rows), byCategory, byFunder, total, cap,
                cap != null && total.planned() > cap, b == null ? null : b.getSettledAt(),
                b == null ? null : b.getSettledByName(), followUp, canEdit, owner, shownFunders);
    }
}
