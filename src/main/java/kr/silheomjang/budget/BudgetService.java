package kr.silheomjang.budget;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.budget.internal.Budget;
import kr.silheomjang.budget.internal.BudgetLine;
import kr.silheomjang.budget.internal.BudgetLineRepository;
import kr.silheomjang.budget.internal.BudgetShare;
import kr.silheomjang.budget.internal.BudgetShareRepository;
import kr.silheomjang.budget.internal.BudgetSupport;
import kr.silheomjang.budget.internal.ExpenseRepository;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.ExperimentSummary;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.people.PartnerRow;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The budget plan (예산 설정): lines by category with planned whole won, note and funder; totals per category, funder
 * and overall; an optional cap that warns; sharing a partner funder's lines with that partner's guests (owner only,
 * read-only for them); starting from an earlier experiment's plan. Owners and planners edit; a partner guest reads
 * only the lines shared with them. Every write locks the budget row first and is refused once the books are closed.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BudgetService {

    private final BudgetLineRepository lines;
    private final BudgetShareRepository shares;
    private final ExpenseRepository expenses;
    private final BudgetSupport support;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SharedReads sharedReads;

    BudgetService(BudgetLineRepository lines, BudgetShareRepository shares, ExpenseRepository expenses,
            BudgetSupport support, ExperimentAccess access, ExperimentService experiments, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
        this.lines = lines;
        this.shares = shares;
        this.expenses = expenses;
        this.support = support;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The plan the caller may see: everything for owners and planners, a guest's shared lines only. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public BudgetPlan plan(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        boolean followUp = experiments.get(experimentId).stage() == Stage.FOLLOW_UP;
        if (role.canEdit()) {
            // Owners and planners see the whole plan: open overviews share one read per change (see SharedReads).
            boolean owner = role == MemberRole.OWNER;
            return sharedReads.get(new PlanKey(experimentId, followUp, owner),
                    () -> support.plan(experimentId, null, followUp, true, owner));
        }
        // A guest sees the shared lines of the partner organisations they were invited for. What is shared and who was
        // invited for which organisation is read once per change for every guest; guests of the same organisations
        // then share one plan.
        Set<Long> visible = sharedReads.get(new GuestSharesKey(experimentId), () -> guestShares(experimentId))
                .visibleTo(currentUser.require().email());
        return sharedReads.get(new GuestPlanKey(experimentId, followUp, visible),
                () -> support.plan(experimentId, visible, followUp, false, false));
    }

    private record PlanKey(long experimentId, boolean followUp, boolean owner) {
    }

    private record GuestSharesKey(long experimentId) {
    }

    private record GuestPlanKey(long experimentId, boolean followUp, Set<Long> visiblePartners) {
    }

    /** The partner organisations whose lines the owner shares, and the addresses invited as guests of each. */
    private record GuestShares(Map<Long, Set<String>> invitedByShared) {

        /** The shared organisations {@code email} was invited for (people's partner guests, by address). */
        Set<Long> visibleTo(String email) {
            String mine = email.toLowerCase(java.util.Locale.ROOT);
            return invitedByShared.entrySet().stream().filter(e -> e.getValue().contains(mine))
                    .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
        }
    }

    private GuestShares guestShares(long experimentId) {
        Set<Long> shared = shares.findByExperimentId(experimentId).stream().map(BudgetShare::getPartnerId)
                .collect(Collectors.toSet());
        if (shared.isEmpty()) {
            return new GuestShares(Map.of());
        }
        // Whoever reads first reads for every guest: all invited addresses, which no guest is shown.
        return new GuestShares(support.invitedAddresses(experimentId).entrySet().stream()
                .filter(e -> shared.contains(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public long addLine(long experimentId, BudgetLineDraft draft) {
        access.requireEditor(experimentId);
        BudgetLineDraft clean = BudgetRules.line(draft);
        support.requireFunder(experimentId, clean.funderId());
        support.lockOpen(experimentId, me().displayName());
        BudgetLine line = new BudgetLine(experimentId, clock.instant());
        line.apply(clean, clock.instant(), me().displayName());
        long id = lines.save(line).getId();
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN, id));
        return id;
    }

    public void saveLine(long experimentId, long lineId, long expectedVersion, BudgetLineDraft draft) {
        access.requireEditor(experimentId);
        BudgetLineDraft clean = BudgetRules.line(draft);
        support.requireFunder(experimentId, clean.funderId());
        support.lockOpen(experimentId, me().displayName());
        BudgetLine line = line(experimentId, lineId, expectedVersion);
        line.apply(clean, clock.instant(), me().displayName());
        lines.flush();
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN, lineId));
    }

    /** Removes a line that no expense names (move or remove those first). */
    public void removeLine(long experimentId, long lineId, long expectedVersion) {
        access.requireEditor(experimentId);
        support.lockOpen(experimentId, me().displayName());
        BudgetLine line = line(experimentId, lineId, expectedVersion);
        if (expenses.existsByLineId(lineId)) {
            throw new UserFacingException("budget.error.lineHasExpenses");
        }
        lines.delete(line);
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN, lineId));
    }

    /**
     * Sets or (null) removes the cap, if nobody changed the budget since {@code expectedVersion} (negative: the caller
     * saw no budget yet, so one made since by a cap, closing or reopening is a change too).
     */
    public void setCap(long experimentId, long expectedVersion, @Nullable Long capWon) {
        access.requireEditor(experimentId);
        Long cap = BudgetRules.cap(capWon);
        Budget b = support.lockOpen(experimentId, me().displayName());
        if (b.getVersion() != Math.max(expectedVersion, 0)) {
            throw new ConflictException(b.getUpdatedByName(), b.getUpdatedAt());
        }
        b.setCap(cap, clock.instant(), me().displayName());
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN));
    }

    /** Each partner funder, whether its lines are shared with it, and its guests who would read them. Owner. */
    @Transactional(readOnly = true)
    public List<ShareRow> shares(long experimentId) {
        access.requireOwner(experimentId);
        Set<Long> given = shares.findByExperimentId(experimentId).stream().map(BudgetShare::getPartnerId)
                .collect(Collectors.toSet());
        return support.partners(experimentId).stream()
                .map(p -> new ShareRow(new Funder(p.id(), p.name()), given.contains(p.id()), p.guests().stream()
                        .filter(PartnerRow.PartnerGuestView::hasAccess)
                        .map(g -> g.displayName() == null ? g.email() : g.displayName()).toList()))
                .toList();
    }

    /**
     * Shares (or stops sharing) one partner funder's lines with that organisation's guests, read-only. Owner. A guest
     * belongs to the organisation they were invited for in the people tab.
     */
    public void share(long experimentId, long partnerId, boolean shared) {
        access.requireOwner(experimentId);
        support.requireFunder(experimentId, partnerId);
        support.lock(experimentId, me().displayName());
        boolean has = shares.existsByExperimentIdAndPartnerId(experimentId, partnerId);
        if (shared && !has) {
            shares.save(new BudgetShare(experimentId, partnerId, clock.instant()));
        } else if (!shared && has) {
            shares.deleteByExperimentIdAndPartnerId(experimentId, partnerId);
        }
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN));
    }

    /** The caller's other experiments whose plan could be copied here (they plan there, it has lines). */
    @Transactional(readOnly = true)
    public List<ExperimentSummary> copySources(long experimentId) {
        access.requireEditor(experimentId);
        List<ExperimentSummary> mine = experiments.listMine(true, 0, 200).stream()
                .filter(s -> s.id() != experimentId && s.myRole().canEdit()).toList();
        Set<Long> withLines = mine.isEmpty() ? Set.of()
                : Set.copyOf(lines.experimentsWithLines(mine.stream().map(ExperimentSummary::id).toList()));
        return mine.stream().filter(s -> withLines.contains(s.id())).toList();
    }

    /**
     * Starts this plan from another experiment's (the caller plans both): copies every line's category, title,
     * amount and note; a partner's funding becomes the organisation's (partners are per experiment). Only into an
     * empty plan. Returns how many lines were copied.
     */
    public int copyFrom(long experimentId, long sourceExperimentId) {
        access.requireEditor(experimentId);
        access.requireEditorEvenWhenClosed(sourceExperimentId);
        if (sourceExperimentId == experimentId) {
            throw new UserFacingException("budget.error.copySame");
        }
        support.lockOpen(experimentId, me().displayName());
        if (lines.countByExperimentId(experimentId) > 0) {
            throw new UserFacingException("budget.error.copyNotEmpty");
        }
        List<BudgetLine> source = lines.findByExperimentIdOrderByIdAsc(sourceExperimentId);
        if (source.isEmpty()) {
            throw new UserFacingException("budget.error.copyEmpty");
        }
        for (BudgetLine s : source) {
            BudgetLine copy = new BudgetLine(experimentId, clock.instant());
            copy.apply(new BudgetLineDraft(s.getCategory(), s.getTitle(), s.getPlannedWon(), s.getNote(), null),
                    clock.instant(), me().displayName());
            lines.save(copy);
        }
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.PLAN));
        return source.size();
    }

    private BudgetLine line(long experimentId, long lineId, long expectedVersion) {
        BudgetLine line = lines.findByIdAndExperimentId(lineId, experimentId)
                .orElseThrow(() -> new UserFacingException("budget.error.lineNotFound"));
        if (line.getVersion() != expectedVersion) {
            throw new ConflictException(line.getUpdatedByName(), line.getUpdatedAt());
        }
        return line;
    }

    private AppUser me() {
        return currentUser.require();
    }
}
