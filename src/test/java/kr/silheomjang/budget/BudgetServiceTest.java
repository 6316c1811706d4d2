package kr.silheomjang.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.StagedFile;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Issue 13, point 8: totals and variance in whole won, the approval flow, closing and reopening, who sees money. */
@SpringBootTest
@ActiveProfiles("test")
class BudgetServiceTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    BudgetService budget;
    @Autowired
    ExpenseService expenses;
    @Autowired
    SettlementService settlement;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PartnerService partners;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String owner;
    String planner;
    String guest;
    long id;
    long partnerId;

    void team() {
        owner = account("소유자");
        planner = account("기획자");
        guest = account("협력기관");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("예산 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        partnerId = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("동네 도서관", null, null, null, null)));
        joinAsGuestOf(partnerId, guest);
    }

    /** What the people tab does: the owner invites the address for the organisation; the person accepts. */
    void joinAsGuestOf(long partner, String email) {
        String link = signedIn.as(owner, () -> partners.inviteGuest(id, partner, email).link());
        signedIn.run(email, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
    }

    String account(String name) {
        String email = "b" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    /**
     * A receipt as the upload leaves it for the service: a temporary file with the type its name claims (TXT for an
     * unknown extension). Deliberately not through {@code stage}, so the service's own check is what is tested.
     */
    static StagedFile file(String name, byte[] bytes) {
        try {
            Path p = Files.createTempFile("receipt-test-", ".part");
            Files.write(p, bytes);
            return new StagedFile(p, name, FileType.ofName(name).orElse(FileType.TXT), bytes.length);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(Application.ZONE);
    }

    static List<String> refusal(Runnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return e.messageKeys();
        }
        throw new AssertionError("not refused");
    }

    long line(String who, BudgetCategory c, String title, long won, Long funder) {
        return signedIn.as(who, () -> budget.addLine(id, new BudgetLineDraft(c, title, won, "", funder)));
    }

    long expense(String who, long lineId, long won) {
        return signedIn.as(who, () -> expenses.add(id, new ExpenseDraft(today(), "가게 " + won, won,
                PaymentMethod.CORPORATE_CARD, lineId), file("영수증.png", PNG)));
    }

    void approve(long expenseId) {
        ExpenseRow r = signedIn.as(owner, () -> expenses.get(id, expenseId));
        signedIn.run(owner, () -> expenses.approve(id, expenseId, r.version()));
    }

    @Test
    void totalsPerCategoryFunderAndOverallCountOnlyApprovedSpendInWholeWon() {
        team();
        long venue = line(planner, BudgetCategory.VENUE, "대관", 300_000, null);
        long snacks = line(planner, BudgetCategory.CATERING, "다과", 100_001, partnerId);
        long drinks = line(planner, BudgetCategory.CATERING, "음료", 50_000, null);
        approve(expense(planner, snacks, 120_000));
        approve(expense(planner, drinks, 33_333));
        long waiting = expense(planner, venue, 250_000);

        BudgetPlan plan = signedIn.as(planner, () -> budget.plan(id));
        assertThat(plan.total()).isEqualTo(new Money(450_001, 153_333));
        assertThat(plan.total().variance()).isEqualTo(-296_668);
        assertThat(plan.byCategory().get(BudgetCategory.CATERING)).isEqualTo(new Money(150_001, 153_333));
        assertThat(plan.byCategory().get(BudgetCategory.CATERING).over()).isTrue();
        assertThat(plan.byCategory().get(BudgetCategory.VENUE)).isEqualTo(new Money(300_000, 0));
        assertThat(plan.byFunder().get(Funder.ORGANISATION)).isEqualTo(new Money(350_000, 33_333));
        assertThat(plan.byFunder().entrySet()).anySatisfy(e -> {
            assertThat(e.getKey().partnerId()).isEqualTo(partnerId);
            assertThat(e.getValue()).isEqualTo(new Money(100_001, 120_000));
        });
        BudgetLineRow snackRow = plan.lines().stream().filter(l -> l.id() == snacks).findFirst().orElseThrow();
        assertThat(snackRow.money().variance()).isEqualTo(19_999);
        assertThat(snackRow.money().variancePercent()).isEqualTo("+20.0%");
        assertThat(snackRow.receipts()).isEqualTo(1);
        BudgetLineRow venueRow = plan.lines().stream().filter(l -> l.id() == venue).findFirst().orElseThrow();
        assertThat(venueRow.pendingWon()).isEqualTo(250_000);
        assertThat(venueRow.spentWon()).isZero();
        assertThat(Won.text(1_234_000, java.util.Locale.KOREAN)).isEqualTo("1,234,000원");
        assertThat(Won.symbol(-30_000)).isEqualTo("-₩30,000");

        // Approved later, it counts.
        approve(waiting);
        assertThat(signedIn.as(owner, () -> budget.plan(id)).total().spent()).isEqualTo(403_333);
    }

    @Test
    void aCapWarnsWhenPlannedLinesExceedItAndConcurrentEditsAreCaught() {
        team();
        long l = line(planner, BudgetCategory.FILMING, "촬영", 800_000, null);
        BudgetPlan before = signedIn.as(planner, () -> budget.plan(id));
        signedIn.run(planner, () -> budget.setCap(id, before.version(), 700_000L));
        BudgetPlan plan = signedIn.as(owner, () -> budget.plan(id));
        assertThat(plan.overCap()).isTrue();
        assertThat(plan.overCapBy()).isEqualTo(100_000);
        // A stale cap save names who changed it.
        assertThatThrownBy(() -> signedIn.run(owner, () -> budget.setCap(id, before.version(), 900_000L)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("기획자"));
        BudgetLineRow row = plan.lines().getFirst();
        signedIn.run(owner, () -> budget.saveLine(id, l, row.version(), row.toDraft()));
        assertThatThrownBy(() -> signedIn.run(planner, () -> budget.saveLine(id, l, row.version(), row.toDraft())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("소유자"));
    }

    @Test
    void badInputIsRefusedInKoreanKeysAndNothingIsHalfSaved() {
        team();
        assertThat(refusal(() -> line(planner, BudgetCategory.VENUE, "대관", -1, null)))
                .containsExactly("budget.error.amountNegative");
        assertThat(refusal(() -> line(planner, BudgetCategory.VENUE, " ", 20_000_000_000L, null)))
                .containsExactly("budget.error.title", "budget.error.amountAbsurd");
        assertThat(refusal(() -> signedIn.run(planner, () -> budget.addLine(id,
                new BudgetLineDraft(null, "x", null, null, null))))).contains("budget.error.category",
                        "budget.error.amountNotNumber");
        assertThat(refusal(() -> line(planner, BudgetCategory.VENUE, "대관", 1, 987_654L)))
                .containsExactly("budget.error.funder");
        long l = line(planner, BudgetCategory.VENUE, "대관", 100_000, null);
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게", 0L,
                PaymentMethod.CASH, null), null)))).containsExactly("budget.error.expenseNotPositive",
                        "budget.error.line");
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게",
                10_000L, PaymentMethod.CASH, l), file("영수증.exe", PNG)))))
                .containsExactly("budget.error.receiptType");
        // A PNG renamed to .pdf: the content decides.
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게",
                10_000L, PaymentMethod.CASH, l), file("영수증.pdf", PNG)))))
                .containsExactly("budget.error.receiptType");
        byte[] huge = new byte[(int) ExpenseService.MAX_RECEIPT_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게",
                10_000L, PaymentMethod.CASH, l), file("큰.pdf", huge)))))
                .containsExactly("budget.error.receiptSize");
        assertThat(refusal(() -> signedIn.run(planner, () -> budget.setCap(id, -1, 0L))))
                .containsExactly("budget.error.capNotPositive");
        assertThat(signedIn.as(planner, () -> expenses.list(id))).isEmpty();
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).hasSize(1);
    }

    /**
     * Text longer than its column is refused with a message naming the field, never a database error; counted as H2
     * counts (an emoji is 2 UTF-16 units there, 1 in MySQL utf8mb4): 100 emoji fill a VARCHAR(200) payee and are
     * stored whole, 101 are refused. Money that is negative, zero, past 100억 or not a number never reaches a table.
     */
    @Test
    void overlongTextIsRefusedPerFieldCountedAsTheDatabaseCountsAndNothingIsSaved() {
        team();
        long l = line(planner, BudgetCategory.VENUE, "대관", 100_000, null);
        java.util.function.Function<String, ExpenseDraft> payee = p -> new ExpenseDraft(today(), p, 10_000L,
                PaymentMethod.CASH, l);
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, payee.apply("😀".repeat(300)), null))))
                .containsExactly("budget.error.payeeLong");
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, payee.apply("😀".repeat(101)), null))))
                .containsExactly("budget.error.payeeLong");
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, payee.apply("가".repeat(201)), null))))
                .containsExactly("budget.error.payeeLong");
        for (Long won : new Long[] {-1L, 0L, Won.MAX + 1, null}) {
            assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게",
                    won, PaymentMethod.CASH, l), null)))).as("%s", won).hasSize(1).first().asString()
                    .startsWith("budget.error.");
        }
        // Twenty nines is a whole number far too big, refused as such (it used to read as "not a whole number").
        Long huge = Won.parse("99999999999999999999");
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.add(id, new ExpenseDraft(today(), "가게", huge,
                PaymentMethod.CASH, l), null)))).containsExactly("budget.error.amountAbsurd");
        assertThat(refusal(() -> line(planner, BudgetCategory.VENUE, "대관", huge, null)))
                .containsExactly("budget.error.amountAbsurd");
        assertThat(Won.parse("abc")).isNull();
        assertThat(Won.parse("1.5")).isNull();
        assertThat(refusal(() -> line(planner, BudgetCategory.VENUE, "가".repeat(201), 1, null)))
                .containsExactly("budget.error.titleLong");
        assertThat(refusal(() -> signedIn.run(planner, () -> budget.addLine(id, new BudgetLineDraft(
                BudgetCategory.VENUE, "대관", 1L, "메".repeat(1001), null))))).containsExactly("budget.error.noteLong");
        assertThat(signedIn.as(planner, () -> expenses.list(id))).isEmpty();
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).hasSize(1);

        long kept = signedIn.as(planner, () -> expenses.add(id, payee.apply("😀".repeat(100)), null));
        assertThat(signedIn.as(planner, () -> expenses.get(id, kept)).payee()).isEqualTo("😀".repeat(100));
        ExpenseRow row = signedIn.as(owner, () -> expenses.get(id, kept));
        assertThat(refusal(() -> signedIn.run(owner, () -> expenses.returnExpense(id, kept, row.version(),
                "사".repeat(501))))).containsExactly("budget.error.reasonLong");
        assertThat(signedIn.as(owner, () -> expenses.get(id, kept)).status()).isEqualTo(ExpenseStatus.SUBMITTED);
    }

    @Test
    void theOwnerApprovesOrReturnsWithAReasonAndAnyEditSendsItBackForApproval() throws Exception {
        team();
        long l = line(planner, BudgetCategory.PROMOTION, "홍보", 100_000, null);
        long e = expense(planner, l, 40_000);
        ExpenseRow r = signedIn.as(planner, () -> expenses.get(id, e));
        assertThat(r.status()).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(r.enteredByName()).isEqualTo("기획자");
        assertThat(r.hasReceipt()).isTrue();
        assertThatThrownBy(() -> signedIn.run(planner, () -> expenses.approve(id, e, r.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> signedIn.run(owner, () -> expenses.returnExpense(id, e, r.version(), " "))))
                .containsExactly("budget.error.reason");
        signedIn.run(owner, () -> expenses.returnExpense(id, e, r.version(), "세금계산서가 필요합니다"));
        ExpenseRow returned = signedIn.as(planner, () -> expenses.get(id, e));
        assertThat(returned.status()).isEqualTo(ExpenseStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("세금계산서가 필요합니다");
        assertThat(signedIn.as(planner, () -> budget.plan(id)).total().spent()).isZero();
        signedIn.run(planner, () -> expenses.save(id, e, returned.version(), returned.toDraft(),
                file("계산서.pdf", PDF)));
        ExpenseRow resubmitted = signedIn.as(planner, () -> expenses.get(id, e));
        assertThat(resubmitted.status()).isEqualTo(ExpenseStatus.SUBMITTED);
        assertThat(resubmitted.receiptName()).isEqualTo("계산서.pdf");
        try (java.io.InputStream in = signedIn.as(planner, () -> expenses.receipt(id, e)).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        signedIn.run(owner, () -> expenses.approve(id, e, resubmitted.version()));
        assertThat(signedIn.as(planner, () -> budget.plan(id)).total().spent()).isEqualTo(40_000);
        // A line with expenses stays.
        long v = signedIn.as(planner, () -> budget.plan(id)).lines().getFirst().version();
        assertThat(refusal(() -> signedIn.run(planner, () -> budget.removeLine(id, l, v))))
                .containsExactly("budget.error.lineHasExpenses");
    }

    @Test
    void theOwnerClosesTheBooksInFollowUpAndReopensThemBothInTheActivityFeed() {
        team();
        long l = line(planner, BudgetCategory.OTHER, "소모품", 10_000, null);
        long e = expense(planner, l, 9_000);
        assertThat(refusal(() -> signedIn.run(owner, () -> settlement.close(id))))
                .containsExactly("budget.error.notFollowUp");
        long version = signedIn.as(owner, () -> experiments.get(id)).version();
        signedIn.run(owner, () -> experiments.moveStage(id, version, Stage.FOLLOW_UP, "시험"));
        assertThat(refusal(() -> signedIn.run(owner, () -> settlement.close(id))))
                .containsExactly("budget.error.pendingExpenses");
        approve(e);
        assertThatThrownBy(() -> signedIn.run(planner, () -> settlement.close(id)))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.run(owner, () -> settlement.close(id));
        BudgetPlan closed = signedIn.as(planner, () -> budget.plan(id));
        assertThat(closed.settled()).isTrue();
        assertThat(closed.settledByName()).isEqualTo("소유자");
        assertThat(refusal(() -> expense(planner, l, 1_000))).containsExactly("budget.error.settled");
        ExpenseRow r = signedIn.as(planner, () -> expenses.get(id, e));
        assertThat(refusal(() -> signedIn.run(planner, () -> expenses.remove(id, e, r.version()))))
                .containsExactly("budget.error.settled");
        assertThat(refusal(() -> line(planner, BudgetCategory.OTHER, "추가", 1, null)))
                .containsExactly("budget.error.settled");
        signedIn.run(owner, () -> settlement.reopen(id));
        assertThat(signedIn.as(planner, () -> budget.plan(id)).settled()).isFalse();
        expense(planner, l, 1_000);
        assertThat(signedIn.as(owner, () -> experiments.activity(id, 0, 20)).stream()
                .map(a -> a.action()).toList()).contains(ActivityAction.BUDGET_SETTLED,
                        ActivityAction.BUDGET_REOPENED);
    }

    @Test
    void partnerGuestsSeeNothingUntilTheOwnerSharesTheirOwnOrganisationsLinesThenOnlyThoseReadOnly() {
        team();
        long otherPartner = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("청년 센터", null, null, null,
                null)));
        String otherGuest = account("다른 기관");
        joinAsGuestOf(otherPartner, otherGuest);
        // A guest invited before partners were recorded belongs to no organisation.
        String looseGuest = account("소속 없음");
        teams.join(owner, id, looseGuest, MemberRole.PARTNER_GUEST);
        line(planner, BudgetCategory.VENUE, "대관", 300_000, partnerId);
        line(planner, BudgetCategory.PROMOTION, "홍보", 70_000, otherPartner);
        line(planner, BudgetCategory.CATERING, "다과", 100_000, null);
        signedIn.run(planner, () -> budget.setCap(id, -1, 1_000_000L));
        BudgetPlan nothing = signedIn.as(guest, () -> budget.plan(id));
        assertThat(nothing.lines()).isEmpty();
        assertThat(nothing.total()).isEqualTo(Money.ZERO);
        assertThat(nothing.canEdit()).isFalse();
        assertThatThrownBy(() -> signedIn.as(guest, () -> expenses.list(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(guest, () -> budget.shares(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(planner, () -> budget.share(id, partnerId, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> budget.share(id, partnerId, true)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.run(owner, () -> budget.share(id, partnerId, true));
        List<ShareRow> rows = signedIn.as(owner, () -> budget.shares(id));
        assertThat(rows).extracting(r -> r.funder().partnerName(), ShareRow::shared, ShareRow::guests)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("동네 도서관", true, List.of("협력기관")),
                        org.assertj.core.groups.Tuple.tuple("청년 센터", false, List.of("다른 기관")));
        BudgetPlan shared = signedIn.as(guest, () -> budget.plan(id));
        assertThat(shared.lines()).extracting(BudgetLineRow::title).containsExactly("대관");
        assertThat(shared.total().planned()).isEqualTo(300_000);
        assertThat(shared.capWon()).isNull();
        assertThat(shared.byFunder()).hasSize(1);
        assertThat(shared.funders()).extracting(Funder::partnerId).containsExactly(partnerId);
        // The other organisation's guest and a guest of no organisation still see nothing.
        assertThat(signedIn.as(otherGuest, () -> budget.plan(id)).lines()).isEmpty();
        assertThat(signedIn.as(looseGuest, () -> budget.plan(id)).lines()).isEmpty();
        assertThatThrownBy(() -> signedIn.run(guest, () -> budget.addLine(id,
                new BudgetLineDraft(BudgetCategory.OTHER, "x", 1L, "", null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> signedIn.run(owner, () -> budget.share(id, 987_654L, true))))
                .containsExactly("budget.error.funder");

        signedIn.run(owner, () -> budget.share(id, otherPartner, true));
        assertThat(signedIn.as(otherGuest, () -> budget.plan(id)).lines()).extracting(BudgetLineRow::title)
                .containsExactly("홍보");
        assertThat(signedIn.as(guest, () -> budget.plan(id)).lines()).extracting(BudgetLineRow::title)
                .containsExactly("대관");
        signedIn.run(owner, () -> budget.share(id, partnerId, false));
        assertThat(signedIn.as(guest, () -> budget.plan(id)).lines()).isEmpty();
    }

    @Test
    void aNewExperimentStartsFromThePreviousPlan() {
        team();
        line(planner, BudgetCategory.VENUE, "대관", 300_000, partnerId);
        line(planner, BudgetCategory.CATERING, "다과", 100_000, null);
        long next = signedIn.as(planner, () -> experiments.create(Drafts.valid("다음 실험장")));
        assertThat(signedIn.as(planner, () -> budget.copySources(next))).extracting(s -> s.id()).contains(id);
        assertThat(signedIn.as(planner, () -> budget.copyFrom(next, id))).isEqualTo(2);
        BudgetPlan copied = signedIn.as(planner, () -> budget.plan(next));
        assertThat(copied.total().planned()).isEqualTo(400_000);
        assertThat(copied.lines()).allSatisfy(l -> assertThat(l.funder()).isEqualTo(Funder.ORGANISATION));
        assertThat(refusal(() -> signedIn.run(planner, () -> budget.copyFrom(next, id))))
                .containsExactly("budget.error.copyNotEmpty");
        // Someone who does not plan the source gets nothing of it.
        String stranger = account("남");
        long theirs = signedIn.as(stranger, () -> experiments.create(Drafts.valid("남의 실험장")));
        assertThatThrownBy(() -> signedIn.run(stranger, () -> budget.copyFrom(theirs, id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
