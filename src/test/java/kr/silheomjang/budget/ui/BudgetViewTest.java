package kr.silheomjang.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.budget.BudgetCategory;
import kr.silheomjang.budget.BudgetLineDraft;
import kr.silheomjang.budget.BudgetService;
import kr.silheomjang.budget.ExpenseService;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.PartnerDraft;
import kr.silheomjang.people.PartnerService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The budget screen without a browser: lines and expenses through the dialogs, approval live, guests. */
class BudgetViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    BudgetService budget;
    @Autowired
    ExpenseService expenses;
    @Autowired
    PartnerService partners;
    @Autowired
    kr.silheomjang.experiment.InvitationService invitations;

    static Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void aPlannerAddsALineAndAnExpenseTheOwnerApprovesItAndBothScreensFollowLive() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("예산 화면 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);

        BrowserlessUIContext plannerWindow = windowOf(planner);
        BudgetView view = plannerWindow.navigate(BudgetView.class, params(id));
        assertThat(view.tabsText()).contains("예산 · 결산");
        assertThat(text(view.planTable)).contains("아직 예산 항목이 없습니다");

        // A line through the dialog: a typed amount that is not a whole number is refused in Korean, nothing saved.
        plannerWindow.test(view.planTable.add).click();
        LineDialog line = view.planTable.dialog;
        plannerWindow.roundTrip();
        plannerWindow.test(line.category).selectItem("식음료 · 케이터링");
        plannerWindow.test(line.title).setValue("다과");
        plannerWindow.test(line.planned).setValue("십만원");
        plannerWindow.test(line.save).click();
        assertThat(text(line.errors)).contains("원 단위 정수");
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).isEmpty();
        // Twenty nines is a whole number, just far too big: that is what the user is told (it overflowed to 정수).
        plannerWindow.test(line.planned).setValue("99999999999999999999");
        plannerWindow.test(line.save).click();
        assertThat(text(line.errors)).contains("금액이 너무 큽니다. 100억 원 이하로 적어 주세요.")
                .doesNotContain("원 단위 정수");
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).isEmpty();
        plannerWindow.test(line.planned).setValue("100,000");
        plannerWindow.test(line.save).click();
        assertThat(text(view.planTable)).contains("다과", "₩100,000", "식음료 · 케이터링");

        // The owner has the page open too.
        BrowserlessUIContext ownerWindow = windowOf(owner);
        BudgetView ownerView = ownerWindow.navigate(BudgetView.class, params(id));
        assertThat(text(ownerView.summary.totals)).contains("₩100,000");

        in(plannerWindow).test(view.expenseTable.add).click();
        ExpenseDialog expense = view.expenseTable.dialog;
        plannerWindow.roundTrip();
        plannerWindow.test(expense.payee).setValue("서울역 떡집");
        plannerWindow.test(expense.amount).setValue("120000");
        plannerWindow.test(expense.method).selectItem("법인카드");
        plannerWindow.test(expense.line).selectItem("식음료 · 케이터링 · 다과");
        plannerWindow.test(expense.save).click();
        assertThat(text(view.expenseTable)).contains("서울역 떡집", "₩120,000", "승인 대기", "기획자");
        // Not approved yet: nothing spent.
        assertThat(view.summary.totals.getElement().getTextRecursively()).contains("승인 대기₩120,000");

        await(ownerWindow, () -> text(ownerView.expenseTable).contains("서울역 떡집"));
        // A second line, so that a change to one shows it is the only row written again.
        signedIn.run(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.PROMOTION, "현수막",
                40_000L, "", null)));
        await(plannerWindow, () -> text(view.planTable).contains("현수막"));
        long banner = view.plan.lines().stream().filter(l -> l.title().equals("현수막")).findFirst().orElseThrow()
                .id();
        long snacks = view.plan.lines().stream().filter(l -> l.title().equals("다과")).findFirst().orElseThrow().id();
        var bannerRow = view.planTable.rowOf(banner);
        var snacksRow = view.planTable.rowOf(snacks);
        var bannerCell = bannerRow.getDataCell(2).orElseThrow();
        in(ownerWindow).test(ownerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withClassName("budget-approve").single()).click();
        assertThat(text(ownerView.planTable)).contains("초과");
        await(plannerWindow, () -> text(view.summary.totals).contains("승인된 지출₩120,000"));
        assertThat(text(view.planTable)).contains("+₩20,000 (+20.0%) 초과");
        assertThat(text(view.summary.chart)).contains("지출 ₩120,000 / 계획 ₩100,000 (+20.0%) · 초과");
        // Only the changed line's row was written again; the other row and its cells are untouched.
        assertThat(view.planTable.rowOf(snacks)).isSameAs(snacksRow);
        assertThat(view.planTable.rowOf(banner)).isSameAs(bannerRow);
        assertThat(bannerRow.getDataCell(2).orElseThrow()).isSameAs(bannerCell);
        // The planner's screen reader hears the owner's approval once.
        await(plannerWindow, () -> kr.silheomjang.ui.LiveAnnouncer.of(plannerWindow.getUI()).map(
                kr.silheomjang.ui.LiveAnnouncer::said).orElse("").contains("서울역 떡집"));
    }

    /**
     * A payee longer than its column (300 emoji, forced past the field's limit) and a negative amount are refused at
     * their fields in Korean, and nothing is saved; the field keeps to the column's size as the service counts it.
     */
    @Test
    void anOverlongPayeeAndABadAmountAreRefusedAtTheirFieldsInKorean() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("지급처 실험장")));
        signedIn.run(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "다과", 100_000L,
                "", null)));
        BrowserlessUIContext window = windowOf(owner);
        BudgetView view = window.navigate(BudgetView.class, params(id));
        window.test(view.expenseTable.add).click();
        ExpenseDialog dialog = view.expenseTable.dialog;
        window.roundTrip();
        assertThat(dialog.payee.getMaxLength()).isEqualTo(200);
        assertThat(dialog.payee.getI18n().getMaxLengthErrorMessage()).startsWith("지급처는 200자까지");
        dialog.payee.setValue("😀".repeat(300));
        window.test(dialog.amount).setValue("-5000");
        window.test(dialog.line).selectItem("식음료 · 케이터링 · 다과");
        window.test(dialog.save).click();
        assertThat(dialog.payee.isInvalid()).isTrue();
        assertThat(dialog.payee.getErrorMessage()).isEqualTo("지급처는 200자까지 쓸 수 있습니다. 이모지는 2자로 셉니다.");
        assertThat(dialog.amount.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("지출 금액은 1원 이상이어야 합니다.");
        assertThat(text(dialog.errors)).contains("지급처는 200자까지", "지출 금액은 1원 이상");
        assertThat(signedIn.as(owner, () -> expenses.list(id))).isEmpty();
    }

    @Test
    void aGuestSeesNothingUntilTheOwnerSharesThenOnlyTheirLinesWithoutButtons() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("공유 화면 실험장")));
        long partner = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("동네 도서관", null, null, null,
                null)));
        // Invited for the library, as the people tab does.
        String link = signedIn.as(owner, () -> partners.inviteGuest(id, partner, guest).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        signedIn.run(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.VENUE, "도서관 대관",
                200_000L, "", partner)));
        signedIn.run(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "다과", 50_000L,
                "", null)));

        BrowserlessUIContext guestWindow = windowOf(guest);
        BudgetView guestView = guestWindow.navigate(BudgetView.class, params(id));
        assertThat(guestView.nothingShared.isVisible()).isTrue();
        assertThat(guestView.planTable.isVisible()).isFalse();
        assertThat(guestView.expenseTable.isVisible()).isFalse();
        assertThat(guestView.sharePanel.isVisible()).isFalse();

        BrowserlessUIContext ownerWindow = windowOf(owner);
        BudgetView ownerView = ownerWindow.navigate(BudgetView.class, params(id));
        assertThat(text(ownerView.sharePanel)).contains("동네 도서관");
        var box = ownerWindow.find(com.vaadin.flow.component.checkbox.Checkbox.class).single();
        assertThat(box.getLabel()).isEqualTo("동네 도서관 게스트에게 이 기관이 부담하는 항목 공유 (읽기 전용)");
        assertThat(text(ownerView.sharePanel)).contains("볼 수 있는 게스트: 협력기관");
        assertThat(box.getValue()).isFalse();
        ownerWindow.test(box).click();

        await(guestWindow, () -> guestView.planTable.isVisible());
        assertThat(text(guestView.planTable)).contains("도서관 대관", "₩200,000").doesNotContain("다과");
        assertThat(guestView.planTable.add.isVisible()).isFalse();
        assertThat(guestView.settlementBar.isVisible()).isFalse();
        assertThat(guestView.summary.cap.isVisible()).isFalse();
        assertThat(signedIn.as(owner, () -> expenses.list(id))).isEmpty();
    }

    /**
     * The owner's open budget page follows the partner organisations and their guests: a partner added in the people
     * tab appears in the sharing panel, and a guest who joins for it is named there.
     */
    @Test
    void theOwnersOpenBudgetFollowsPartnersAndTheGuestsWhoJoinForThem() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("협력 바뀌는 예산")));
        BrowserlessUIContext ownerWindow = windowOf(owner);
        BudgetView view = ownerWindow.navigate(BudgetView.class, params(id));
        assertThat(text(view.sharePanel)).contains("협력기관이 없습니다");

        long partner = signedIn.as(owner, () -> partners.add(id, new PartnerDraft("동네 도서관", null, null, null,
                null)));
        await(ownerWindow, () -> text(view.sharePanel).contains("동네 도서관"));
        assertThat(text(view.sharePanel)).contains("게스트가 아직 없습니다");

        String link = signedIn.as(owner, () -> partners.inviteGuest(id, partner, guest).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
        await(ownerWindow, () -> text(view.sharePanel).contains("볼 수 있는 게스트: 협력기관"));
    }

    /**
     * The settlement waits for 후속 작업: when a planner moves the experiment there, the owner's open budget page says
     * the books may be closed now and enables closing them, without a reload (and back again when moved back).
     */
    @Test
    void theOwnersOpenBudgetFollowsTheStageAPlannerMoves() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("단계 바뀌는 예산")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext ownerWindow = windowOf(owner);
        BudgetView view = ownerWindow.navigate(BudgetView.class, params(id));
        settle(ownerWindow);
        assertThat(view.settlementBar.state.getText()).contains("후속 작업 단계가 되어야");
        assertThat(view.settlementBar.close.isEnabled()).isFalse();

        signedIn.run(planner, () -> experiments.moveStage(id, experiments.get(id).version(),
                kr.silheomjang.experiment.Stage.FOLLOW_UP, "예산 결산을 먼저 봅니다"));
        await(ownerWindow, () -> view.settlementBar.close.isEnabled());
        assertThat(view.settlementBar.state.getText()).contains("후속 작업 단계입니다");

        signedIn.run(planner, () -> experiments.moveStage(id, experiments.get(id).version(),
                kr.silheomjang.experiment.Stage.RUN_DAY));
        await(ownerWindow, () -> !view.settlementBar.close.isEnabled());
        assertThat(view.settlementBar.state.getText()).contains("후속 작업 단계가 되어야");
    }

    /**
     * A cap being typed is kept when a co-planner saves another, and saving it then is a conflict that names them and
     * shows their cap: never a silent overwrite. Also for the very first cap, before the budget existed.
     */
    @Test
    void aCapTypedWhileACoPlannerSavesOneIsAConflictNotAnOverwrite() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = experimentWithPlanner(owner, planner, "예산 한도 실험장");
        BrowserlessUIContext plannerWindow = windowOf(planner);
        BudgetView view = plannerWindow.navigate(BudgetView.class, params(id));
        plannerWindow.test(view.summary.cap).setValue("3,000,000");

        long before = signedIn.as(owner, () -> budget.plan(id)).version();
        signedIn.run(owner, () -> budget.setCap(id, before, 5_000_000L));
        await(plannerWindow, () -> view.plan != null && view.plan.capWon() != null);
        assertThat(view.summary.cap.getValue()).as("what the planner typed stays").isEqualTo("3,000,000");
        // Another change after it (a line) does not make the planner's typing current.
        signedIn.run(owner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.PROMOTION, "현수막",
                40_000L, "", null)));
        await(plannerWindow, () -> text(view.planTable).contains("현수막"));

        in(plannerWindow).test(view.summary.saveCap).click();
        runQueuedAccess(plannerWindow);
        assertThat(notificationTexts(plannerWindow)).contains("소유자님이");
        assertThat(signedIn.as(owner, () -> budget.plan(id)).capWon()).isEqualTo(5_000_000L);
        assertThat(view.summary.cap.getValue()).as("the cap saved first is shown").isEqualTo("5,000,000");

        // Having seen it, the planner may still choose their own.
        plannerWindow.test(view.summary.cap).setValue("3,000,000");
        plannerWindow.test(view.summary.saveCap).click();
        assertThat(signedIn.as(owner, () -> budget.plan(id)).capWon()).isEqualTo(3_000_000L);
    }

    /**
     * The owner approves an expense while a planner has it open: the planner's save does not quietly undo the
     * approval. It is a conflict that names the owner; saving again then sends it back for review, as any edit does.
     */
    /** Deleting an expense (with its receipt) or a budget line asks first, naming it; the safe answer keeps it. */
    @Test
    void deletingAnExpenseOrALineAsksFirst() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = experimentWithPlanner(owner, planner, "삭제 확인 실험장");
        long line = signedIn.as(planner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.PROMOTION,
                "현수막", 40_000L, "", null)));
        signedIn.as(planner, () -> expenses.add(id, new kr.silheomjang.budget.ExpenseDraft(
                java.time.LocalDate.now(kr.silheomjang.Application.ZONE), "서울역 인쇄소", 38_000L,
                kr.silheomjang.budget.PaymentMethod.CASH, line), null));
        BrowserlessUIContext window = windowOf(planner);
        window.navigate(BudgetView.class, params(id));
        java.util.function.Function<String, com.vaadin.flow.component.button.Button> button = label -> window
                .find(com.vaadin.flow.component.button.Button.class).withAriaLabel(label).single();

        window.test(button.apply("서울역 인쇄소 지출 삭제")).click();
        assertThat(opened(window, com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).getElement()
                .getProperty("message")).contains("서울역 인쇄소");
        answerQuestion(window, "expense-remove-keep", false);
        assertThat(signedIn.as(planner, () -> expenses.list(id))).hasSize(1);
        window.test(button.apply("서울역 인쇄소 지출 삭제")).click();
        answerQuestion(window, "expense-remove-keep", true);
        assertThat(signedIn.as(planner, () -> expenses.list(id))).isEmpty();

        window.test(button.apply("현수막 삭제")).click();
        answerQuestion(window, "line-remove-keep", false);
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).hasSize(1);
        window.test(button.apply("현수막 삭제")).click();
        answerQuestion(window, "line-remove-keep", true);
        assertThat(signedIn.as(planner, () -> budget.plan(id)).lines()).isEmpty();
    }

    @Test
    void anApprovalWhileTheExpenseIsOpenMakesTheSaveAConflict() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = experimentWithPlanner(owner, planner, "지출 승인 실험장");
        long line = signedIn.as(planner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "다과",
                100_000L, "", null)));
        long expense = signedIn.as(planner, () -> expenses.add(id, new kr.silheomjang.budget.ExpenseDraft(
                java.time.LocalDate.now(kr.silheomjang.Application.ZONE), "서울역 떡집", 50_000L,
                kr.silheomjang.budget.PaymentMethod.CASH, line), null));

        BrowserlessUIContext plannerWindow = windowOf(planner);
        BudgetView view = plannerWindow.navigate(BudgetView.class, params(id));
        plannerWindow.test(plannerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("서울역 떡집 지출 편집").single()).click();
        ExpenseDialog dialog = view.expenseTable.dialog;
        plannerWindow.roundTrip();
        plannerWindow.test(dialog.payee).setValue("서울역 떡집 (본점)");

        long version = signedIn.as(owner, () -> expenses.list(id)).getFirst().version();
        signedIn.run(owner, () -> expenses.approve(id, expense, version));
        await(plannerWindow, () -> view.expenseRows.stream()
                .anyMatch(r -> r.status() == kr.silheomjang.budget.ExpenseStatus.APPROVED));
        plannerWindow.test(dialog.save).click();
        assertThat(text(dialog.errors)).contains("소유자님이");
        assertThat(signedIn.as(owner, () -> expenses.list(id)).getFirst().status())
                .isEqualTo(kr.silheomjang.budget.ExpenseStatus.APPROVED);

        plannerWindow.test(dialog.save).click();
        var saved = signedIn.as(owner, () -> expenses.list(id)).getFirst();
        assertThat(saved.payee()).isEqualTo("서울역 떡집 (본점)");
        assertThat(saved.status()).isEqualTo(kr.silheomjang.budget.ExpenseStatus.SUBMITTED);
    }

    /**
     * A return (반려) confirmed over a planner's newer edit returns nothing: the dialog shows the expense as it is now
     * and keeps the reason typed, and returning again returns it.
     */
    @Test
    void aReturnOverAPlannersNewerEditIsToldAndTheDialogFollowsTheExpense() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = experimentWithPlanner(owner, planner, "반려 실험장");
        long line = signedIn.as(planner, () -> budget.addLine(id, new BudgetLineDraft(BudgetCategory.CATERING, "다과",
                100_000L, "", null)));
        long expense = signedIn.as(planner, () -> expenses.add(id, new kr.silheomjang.budget.ExpenseDraft(
                java.time.LocalDate.now(kr.silheomjang.Application.ZONE), "서울역 떡집", 50_000L,
                kr.silheomjang.budget.PaymentMethod.CASH, line), null));

        BrowserlessUIContext ownerWindow = windowOf(owner);
        BudgetView view = ownerWindow.navigate(BudgetView.class, params(id));
        ownerWindow.test(ownerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("서울역 떡집 지출 반려").single()).click();
        ReturnDialog dialog = ownerWindow.find(ReturnDialog.class).single();
        ownerWindow.test(dialog.reason).setValue("영수증이 흐립니다");

        var row = signedIn.as(planner, () -> expenses.get(id, expense));
        signedIn.run(planner, () -> expenses.save(id, expense, row.version(), new kr.silheomjang.budget.ExpenseDraft(
                row.date(), "서울역 떡집", 80_000L, kr.silheomjang.budget.PaymentMethod.CASH, line), null));
        ownerWindow.test(ownerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withId("budget-return-confirm").single()).click();
        assertThat(signedIn.as(owner, () -> expenses.get(id, expense)).status())
                .isEqualTo(kr.silheomjang.budget.ExpenseStatus.SUBMITTED);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(text(dialog.what)).contains("80,000");
        assertThat(dialog.reason.getValue()).isEqualTo("영수증이 흐립니다");

        ownerWindow.test(ownerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withId("budget-return-confirm").single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> expenses.get(id, expense)).status())
                .isEqualTo(kr.silheomjang.budget.ExpenseStatus.RETURNED);
    }
}
