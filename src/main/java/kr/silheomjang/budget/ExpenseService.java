package kr.silheomjang.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.Application;
import kr.silheomjang.budget.internal.BudgetLine;
import kr.silheomjang.budget.internal.BudgetLineRepository;
import kr.silheomjang.budget.internal.BudgetSupport;
import kr.silheomjang.budget.internal.Expense;
import kr.silheomjang.budget.internal.ExpenseRepository;
import kr.silheomjang.budget.internal.ReceiptStore;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.StagedFile;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * Expenses (지출) against plan lines: owners and planners enter them with an optional receipt (image or PDF, checked
 * by content and size); the owner approves or returns each with a reason, and only approved ones count as spent. Any
 * change sends an expense back to 검토 대기. Partner guests see no expenses. Once the books are closed every write is
 * refused until the owner reopens them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ExpenseService {

    static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;

    /**
     * Receipts: a photo (JPEG, PNG, WebP) or a PDF up to 10 MB, streamed to a temporary file within the limit and
     * proven by their first bytes ({@link UploadPolicy#stage}), then checked again here and kept as files.
     */
    public static final UploadPolicy RECEIPTS = UploadPolicy.of(MAX_RECEIPT_BYTES, FileType.JPEG, FileType.PNG,
            FileType.WEBP, FileType.PDF).messages("budget.error.receiptSize", "budget.error.receiptType");

    private final ExpenseRepository expenses;
    private final ReceiptStore receipts;
    private final BudgetLineRepository lines;
    private final BudgetSupport support;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpenseService(ExpenseRepository expenses, ReceiptStore receipts, BudgetLineRepository lines,
            BudgetSupport support, ExperimentAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.expenses = expenses;
        this.receipts = receipts;
        this.lines = lines;
        this.support = support;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every expense, newest first (owners and planners). */
    @Transactional(readOnly = true)
    public List<ExpenseRow> list(long experimentId) {
        access.requireEditor(experimentId);
        Map<Long, String> titles = lines.findByExperimentIdOrderByIdAsc(experimentId).stream()
                .collect(Collectors.toMap(BudgetLine::getId, BudgetLine::getTitle));
        return expenses.findByExperimentIdOrderBySpentOnDescIdDesc(experimentId).stream()
                .map(e -> e.toRow(titles.getOrDefault(e.getLineId(), "?"))).toList();
    }

    @Transactional(readOnly = true)
    public ExpenseRow get(long experimentId, long expenseId) {
        access.requireEditor(experimentId);
        Expense e = expenses.findByIdAndExperimentId(expenseId, experimentId)
                .orElseThrow(() -> new UserFacingException("budget.error.expenseNotFound"));
        return e.toRow(lines.findById(e.getLineId()).map(BudgetLine::getTitle).orElse("?"));
    }

    /** A receipt to stream to the browser (owners and planners); null when the expense has none. */
    @Transactional(readOnly = true)
    public @Nullable Receipt receipt(long experimentId, long expenseId) {
        access.requireEditor(experimentId);
        Expense e = expenses.findByIdAndExperimentId(expenseId, experimentId)
                .orElseThrow(() -> new UserFacingException("budget.error.expenseNotFound"));
        String key = e.getReceiptKey();
        if (e.getReceiptName() == null || key == null) {
            return null;
        }
        return new Receipt(e.getReceiptName(), String.valueOf(e.getReceiptType()),
                e.getReceiptSize() == null ? -1 : e.getReceiptSize(), () -> receipts.open(key));
    }

    /**
     * Enters an expense (owners and planners), with a staged receipt checked again here with {@link #RECEIPTS}.
     * Everything is checked before anything is written; a rolled-back save leaves no file behind.
     */
    public long add(long experimentId, ExpenseDraft draft, @Nullable StagedFile receipt) {
        access.requireEditor(experimentId);
        ExpenseDraft clean = checked(experimentId, draft);
        StagedFile file = receipt == null ? null : RECEIPTS.recheck(receipt);
        support.lockOpen(experimentId, me().displayName());
        Expense e = new Expense(experimentId, me().id(), me().displayName());
        e.apply(clean, clock.instant(), me().displayName());
        if (file != null) {
            e.attach(file.name(), file.type().mimeType(), file.size(), receipts.keep(file), clock.instant(),
                    me().displayName());
        }
        e = expenses.save(e);
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.EXPENSES, e.getId()));
        return e.getId();
    }

    /**
     * Saves an expense's details (owners and planners) if nobody saved it since {@code expectedVersion}; a new
     * receipt replaces the old one. It goes back to 검토 대기.
     */
    public void save(long experimentId, long expenseId, long expectedVersion, ExpenseDraft draft,
            @Nullable StagedFile receipt) {
        access.requireEditor(experimentId);
        ExpenseDraft clean = checked(experimentId, draft);
        StagedFile file = receipt == null ? null : RECEIPTS.recheck(receipt);
        support.lockOpen(experimentId, me().displayName());
        Expense e = expense(experimentId, expenseId, expectedVersion);
        e.apply(clean, clock.instant(), me().displayName());
        if (file != null) {
            String replaced = e.attach(file.name(), file.type().mimeType(), file.size(), receipts.keep(file),
                    clock.instant(), me().displayName());
            if (replaced != null) {
                receipts.deleteLater(replaced);
            }
        }
        expenses.flush();
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.EXPENSES, expenseId));
    }

    public void remove(long experimentId, long expenseId, long expectedVersion) {
        access.requireEditor(experimentId);
        support.lockOpen(experimentId, me().displayName());
        Expense e = expense(experimentId, expenseId, expectedVersion);
        if (e.getReceiptKey() != null) {
            receipts.deleteLater(e.getReceiptKey());
        }
        expenses.delete(e);
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.EXPENSES, expenseId));
    }

    /** The owner approves: from now on it counts as spent. */
    public void approve(long experimentId, long expenseId, long expectedVersion) {
        access.requireOwner(experimentId);
        support.lockOpen(experimentId, me().displayName());
        Expense e = expense(experimentId, expenseId, expectedVersion);
        e.decide(ExpenseStatus.APPROVED, null, clock.instant(), me().displayName());
        expenses.flush();
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.EXPENSES, expenseId));
    }

    /** The owner returns it with a reason (반려): it does not count until corrected and approved. */
    public void returnExpense(long experimentId, long expenseId, long expectedVersion, @Nullable String reason) {
        access.requireOwner(experimentId);
        String why = BudgetRules.returnReason(reason);
        support.lockOpen(experimentId, me().displayName());
        Expense e = expense(experimentId, expenseId, expectedVersion);
        e.decide(ExpenseStatus.RETURNED, why, clock.instant(), me().displayName());
        expenses.flush();
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.EXPENSES, expenseId));
    }

    private ExpenseDraft checked(long experimentId, ExpenseDraft draft) {
        ExpenseDraft clean = BudgetRules.expense(draft, LocalDate.now(clock.withZone(Application.ZONE)));
        if (lines.findByIdAndExperimentId(clean.lineId(), experimentId).isEmpty()) {
            throw new UserFacingException("budget.error.line");
        }
        return clean;
    }

    private Expense expense(long experimentId, long expenseId, long expectedVersion) {
        Expense e = expenses.findByIdAndExperimentId(expenseId, experimentId)
                .orElseThrow(() -> new UserFacingException("budget.error.expenseNotFound"));
        if (e.getVersion() != expectedVersion) {
            throw new ConflictException(e.getUpdatedByName(), e.getUpdatedAt());
        }
        return e;
    }

    private AppUser me() {
        return currentUser.require();
    }
}
