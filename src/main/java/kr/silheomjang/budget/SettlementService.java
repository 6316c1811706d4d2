package kr.silheomjang.budget;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.budget.internal.Budget;
import kr.silheomjang.budget.internal.BudgetSupport;
import kr.silheomjang.budget.internal.Expense;
import kr.silheomjang.budget.internal.ExpenseRepository;
import kr.silheomjang.budget.internal.ReceiptStore;
import kr.silheomjang.budget.internal.SettlementWorkbook;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * Settlement (결산): in 후속 작업 the owner closes the books once nothing waits for approval; expenses and the plan are
 * then read-only until the owner reopens them. Both are recorded in the activity feed. The settlement report per line
 * and per funder (planned, spent, variance, receipts) is exported as an Excel workbook and as CSV with a BOM, and every
 * receipt as one ZIP streamed straight from the stored files to the browser. Owners and planners export.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SettlementService {

    private final BudgetSupport support;
    private final ExpenseRepository expenses;
    private final ReceiptStore receipts;
    private final BudgetService budget;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final I18NProvider i18n;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettlementService(BudgetSupport support, ExpenseRepository expenses, ReceiptStore receipts,
            BudgetService budget, ExperimentAccess access, ExperimentService experiments, CurrentUser currentUser,
            I18NProvider i18n, ApplicationEventPublisher events, Clock clock) {
        this.support = support;
        this.expenses = expenses;
        this.receipts = receipts;
        this.budget = budget;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.events = events;
        this.clock = clock;
    }

    /** Closes the books (owner, in 후속 작업, nothing waiting for approval). */
    public void close(long experimentId) {
        access.requireOwner(experimentId);
        if (experiments.get(experimentId).stage() != Stage.FOLLOW_UP) {
            throw new UserFacingException("budget.error.notFollowUp");
        }
        String me = currentUser.require().displayName();
        Budget b = support.lock(experimentId, me);
        if (b.getSettledAt() != null) {
            throw new UserFacingException("budget.error.alreadySettled");
        }
        if (expenses.findByExperimentIdOrderBySpentOnDescIdDesc(experimentId).stream()
                .anyMatch(e -> e.getStatus() == ExpenseStatus.SUBMITTED)) {
            throw new UserFacingException("budget.error.pendingExpenses");
        }
        b.settle(clock.instant(), me);
        experiments.recordActivity(experimentId, ActivityAction.BUDGET_SETTLED);
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.SETTLEMENT));
    }

    /** Opens closed books again (owner); recorded in the activity feed. */
    public void reopen(long experimentId) {
        access.requireOwner(experimentId);
        String me = currentUser.require().displayName();
        Budget b = support.lock(experimentId, me);
        if (b.getSettledAt() == null) {
            throw new UserFacingException("budget.error.notSettled");
        }
        b.reopen(clock.instant(), me);
        experiments.recordActivity(experimentId, ActivityAction.BUDGET_REOPENED);
        events.publishEvent(LiveUpdate.of(experimentId, BudgetLive.SETTLEMENT));
    }

    /** The settlement report as .xlsx, written to {@code out}. */
    @Transactional(readOnly = true)
    public void writeXlsx(long experimentId, Locale locale, OutputStream out) throws IOException {
        access.requireEditor(experimentId);
        BudgetPlan plan = budget.plan(experimentId);
        SettlementWorkbook.xlsx(plan, headings(locale), l -> t(locale, l.category().messageKey()),
                f -> funderName(f, locale), out);
    }

    /** The settlement report as CSV (UTF-8 with BOM, formula cells neutralised). */
    @Transactional(readOnly = true)
    public byte[] csv(long experimentId, Locale locale) {
        access.requireEditor(experimentId);
        BudgetPlan plan = budget.plan(experimentId);
        return SettlementWorkbook.csv(plan, headings(locale), l -> t(locale, l.category().messageKey()),
                f -> funderName(f, locale));
    }

    /**
     * Every receipt as one ZIP written straight to {@code out}, each named by date, payee and amount
     * ({@code 2026-11-20_서울역카페_120000원.jpg}, in English {@code …_120000KRW.jpg}); each file is copied from the store into the ZIP as a stream, so
     * neither a receipt nor the archive is ever held in memory.
     */
    @Transactional(readOnly = true)
    public int writeReceiptsZip(long experimentId, Locale locale, OutputStream out) throws IOException {
        access.requireEditor(experimentId);
        Set<String> used = new HashSet<>();
        String unit = t(locale, "budget.export.receiptUnit");
        int count = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (Expense e : expenses.findByExperimentIdOrderBySpentOnDescIdDesc(experimentId).reversed()) {
                if (e.getReceiptName() == null || e.getReceiptKey() == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entryName(e, unit, used)));
                try (java.io.InputStream in = receipts.open(e.getReceiptKey())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                count++;
            }
        }
        return count;
    }

    static String entryName(Expense e, String unit, Set<String> used) {
        String receipt = e.getReceiptName() == null ? "" : e.getReceiptName();
        int dot = receipt.lastIndexOf('.');
        String ext = dot > 0 ? receipt.substring(dot) : "";
        String payee = UploadPolicy.safeName(e.getPayee()).replace(' ', '_').replace('.', '_');
        String base = e.getSpentOn() + "_" + (payee.isEmpty() ? "-" : payee) + "_" + e.getAmountWon() + unit;
        String name = base + ext;
        for (int i = 2; !used.add(name); i++) {
            name = base + "_" + i + ext;
        }
        return name;
    }

    private SettlementWorkbook.Headings headings(Locale l) {
        return new SettlementWorkbook.Headings(t(l, "budget.export.sheetLines"), t(l, "budget.export.sheetFunders"),
                t(l, "budget.export.category"), t(l, "budget.export.line"), t(l, "budget.export.funder"),
                t(l, "budget.export.planned"), t(l, "budget.export.spent"), t(l, "budget.export.variance"),
                t(l, "budget.export.percent"), t(l, "budget.export.receipts"), t(l, "budget.export.total"));
    }

    private String funderName(Funder f, Locale locale) {
        return f.organisation() ? t(locale, "budget.funder.organisation") : String.valueOf(f.partnerName());
    }

    private String t(Locale locale, String key) {
        return i18n.getTranslation(key, locale);
    }
}
