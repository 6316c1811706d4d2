package kr.silheomjang.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class ExperimentViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    kr.silheomjang.planning.PlanningService planning;

    long createAs(String email, String title) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid(title)));
    }


    /** Two members of one experiment, each with its overview open in their own browser window. */
    record Together(String a, String b, long id, BrowserlessUIContext windowA, ExperimentOverviewView viewA,
            BrowserlessUIContext windowB, ExperimentOverviewView viewB) {
    }

    Together openTogether(String nameA, String nameB, String title) {
        String a = newAccount(nameA);
        String b = newAccount(nameB);
        long id = createAs(a, title);
        teams.join(a, id, b, MemberRole.PLANNER);
        BrowserlessUIContext windowA = windowOf(a);
        ExperimentOverviewView viewA = open(windowA, id);
        BrowserlessUIContext windowB = windowOf(b);
        ExperimentOverviewView viewB = open(windowB, id);
        await(windowA, () -> presenceNames(viewA).contains(nameB));
        return new Together(a, b, id, windowA, viewA, windowB, viewB);
    }

    ExperimentOverviewView open(BrowserlessUIContext window, long experimentId) {
        return window.navigate(ExperimentOverviewView.class,
                Map.of(ExperimentOverviewView.PARAM, String.valueOf(experimentId)));
    }

    static String currentStage(ExperimentOverviewView view) {
        return view.stageTracker.getChildren().filter(c -> c.hasClassName("current"))
                .map(c -> c.getElement().getAttribute("data-stage")).findFirst().orElseThrow();
    }

    @Test
    void theListShowsOnlyMyExperimentsWithStageAndDday() {
        String me = newAccount("나");
        String other = newAccount("남");
        createAs(me, "내 실험장");
        createAs(other, "남의 실험장");

        BrowserlessUIContext window = windowOf(me);
        ExperimentListView list = window.navigate(ExperimentListView.class);
        var grid = window.test(list.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).summary().title()).isEqualTo("내 실험장");
        assertThat(grid.getCellText(0, 1)).isEqualTo("주제 선정");
        assertThat(grid.getCellText(0, 3)).isEqualTo("2027년 4월 1일 (목)");
    }

    @Test
    void theListFollowsRenamesAndStageMovesLive() {
        String a = newAccount("이름 바꾸는 사람");
        String b = newAccount("목록 보는 사람");
        long id = createAs(a, "처음 이름");
        teams.join(a, id, b, MemberRole.PLANNER);
        BrowserlessUIContext windowB = windowOf(b);
        ExperimentListView list = windowB.navigate(ExperimentListView.class);
        assertThat(in(windowB).test(list.grid).getRow(0).summary().title()).isEqualTo("처음 이름");

        signedIn.run(a, () -> experiments.update(id, experiments.get(id).version(), Drafts.valid("바뀐 이름")));
        signedIn.run(a, () -> experiments.moveStage(id, experiments.get(id).version(), Stage.PLANNING, "이유"));

        await(windowB, () -> in(windowB).test(list.grid).getRow(0).summary().title().equals("바뀐 이름")
                && in(windowB).test(list.grid).getRow(0).summary().stage() == Stage.PLANNING);
    }

    @Test
    void creatingWithTheEventBeforeThePlanningStartIsExplainedInKoreanAndSavesNothing() {
        String me = newAccount("기획자");
        BrowserlessUIContext window = windowOf(me);
        ExperimentListView list = window.navigate(ExperimentListView.class);
        window.test(list.create).click();
        ExperimentFormDialog form = opened(window, ExperimentFormDialog.class);

        window.test(form.title).setValue("서울역 야학");
        window.test(form.proposalText).setValue("지하철을 학교로 만들어주세요");
        window.test(form.planningStart).setValue(LocalDate.of(2027, 3, 1));
        window.test(form.eventDate).setValue(LocalDate.of(2027, 2, 1));
        window.test(form.followUpEnd).setValue(LocalDate.of(2027, 4, 1));
        window.test(form.questionFields.get(0)).setValue("어르신들이 실제로 찾아올까?");
        window.test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.eventDate.isInvalid()).isTrue();
        assertThat(form.eventDate.getErrorMessage()).isEqualTo("행사일이 기획 시작일보다 빠를 수 없습니다.");
        assertThat(signedIn.as(me, () -> experiments.countMine(true))).isZero();

        window.test(form.eventDate).setValue(LocalDate.of(2027, 3, 20));
        window.test(form.save).click();

        assertThat(window.getCurrentView()).isInstanceOf(ExperimentOverviewView.class);
        ExperimentOverviewView overview = (ExperimentOverviewView) window.getCurrentView();
        assertThat(overview.shownTitle()).isEqualTo("서울역 야학");
        assertThat(overview.questions.getElement().getTextRecursively()).contains("어르신들이 실제로 찾아올까?");
    }

    @Test
    void anOwnerMovesTheStageAndTheFeedRecordsIt() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "단계 실험장");
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = open(window, id);
        assertThat(currentStage(view)).isEqualTo("TOPIC_SELECTION");
        assertThat(view.previousStage.isVisible()).isFalse();
        assertThat(view.tabsText()).startsWith("개요");

        window.test(view.nextStage).click();
        // Items are still open (the proposer's consent): the move asks for a reason first.
        StageMoveDialog confirm = opened(window, StageMoveDialog.class);
        window.test(confirm.reason).setValue("동의는 미팅에서 받습니다");
        window.test(confirm.confirm).click();

        assertThat(currentStage(view)).isEqualTo("PLANNING");
        assertThat(view.nextStage.getText()).isEqualTo("다음 단계: 준비");
        await(window, () -> window.test(view.activity).size() == 2);
        assertThat(window.test(view.activity).getCellText(0, 1))
                .startsWith("소유자님이 단계를 주제 선정에서 기획으로 옮겼습니다.")
                .endsWith("이유: 동의는 미팅에서 받습니다)");
        assertThat(signedIn.as(owner, () -> experiments.get(id)).stage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void aPartnerGuestSeesTheExperimentButNoEditingControls() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "게스트 실험장");
        String guest = teams.joinWithNewAccount(owner, id, "협력기관", MemberRole.PARTNER_GUEST);

        BrowserlessUIContext window = windowOf(guest);
        ExperimentOverviewView view = open(window, id);
        assertThat(view.shownTitle()).isEqualTo("게스트 실험장");
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.nextStage.isVisible()).isFalse();
        assertThat(view.archive.isVisible()).isFalse();
        assertThat(view.invite.isVisible()).isFalse();
        assertThat(window.navigate(ExperimentListView.class).create.isVisible()).isFalse();
    }

    /** A create form over a service that fails the way the database can: explained, the form open with its input. */
    @Test
    void aCreateThatFailsAsAConflictOrARefusedValueIsExplainedAndKeepsTheForm() {
        String me = newAccount("기획자");
        BrowserlessUIContext window = windowOf(me);
        window.navigate(ExperimentListView.class);
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        for (RuntimeException thrown : java.util.List.<RuntimeException>of(
                new kr.silheomjang.shared.ConflictException("김기획", java.time.Instant.now()),
                new org.springframework.dao.DataIntegrityViolationException("duplicate",
                        new java.sql.SQLException("Unique index", "23505", 23505)),
                new org.springframework.dao.DataIntegrityViolationException("too long",
                        new java.sql.SQLException("Value too long", "22001", 22001)))) {
            ExperimentService failing = org.mockito.Mockito.mock(ExperimentService.class);
            org.mockito.Mockito.when(failing.create(org.mockito.ArgumentMatchers.any())).thenThrow(thrown);
            in(window);
            ExperimentFormDialog form = ExperimentFormDialog.forCreate(failing, id -> { }, today);
            form.open();
            runQueuedAccess(window);
            window.test(form.title).setValue("서울역 야학");
            window.test(form.save).click();
            String shown = notificationTexts(window);
            assertThat(shown).as(thrown.toString()).doesNotContain("?", "예기치 못한").isNotEmpty();
            if (thrown instanceof kr.silheomjang.shared.ConflictException
                    || thrown.getCause().getMessage().startsWith("Unique")) {
                assertThat(shown).endsWith("다른 사람이 같은 내용을 먼저 저장했습니다. 최신 내용을 불러왔으니 확인한 뒤 다시 저장해 주세요.");
            } else {
                assertThat(shown).endsWith("입력한 값이 너무 길거나 허용 범위를 벗어나 저장하지 못했습니다. 입력하신 내용은 그대로 있습니다. "
                        + "글자 수를 줄이거나 값을 고친 뒤 다시 저장해 주세요.");
            }
            assertThat(form.isOpened()).isTrue();
            assertThat(form.title.getValue()).isEqualTo("서울역 야학");
            form.close();
        }
    }

    @Test
    void theDatePickersOfferOnlyDatesTheServiceTakesAndAFarDateIsExplainedOnItsField() {
        String me = newAccount("기획자");
        BrowserlessUIContext window = windowOf(me);
        ExperimentListView list = window.navigate(ExperimentListView.class);
        window.test(list.create).click();
        ExperimentFormDialog form = opened(window, ExperimentFormDialog.class);
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        assertThat(form.followUpEnd.getMin()).isEqualTo(today.minusYears(10));
        assertThat(form.followUpEnd.getMax()).isEqualTo(today.plusYears(5));

        window.test(form.title).setValue("먼 훗날 야학");
        window.test(form.proposalText).setValue("지하철을 학교로 만들어주세요");
        form.planningStart.setValue(today);
        form.eventDate.setValue(today.plusMonths(3));
        form.followUpEnd.setValue(LocalDate.of(9999, 12, 31));
        window.test(form.questionFields.get(0)).setValue("어르신들이 실제로 찾아올까?");
        window.test(form.save).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(form.followUpEnd.isInvalid()).isTrue();
        assertThat(form.followUpEnd.getErrorMessage())
                .isEqualTo("후속 작업 마감일은 오늘로부터 10년 전에서 5년 후 사이의 날짜로 골라 주세요.");
        assertThat(signedIn.as(me, () -> experiments.countMine(true))).isZero();
    }

    @Test
    void aGuestOpeningAnotherExperimentsAddressIsSentBackToTheirList() {
        String owner = newAccount("소유자");
        String guest = newAccount("게스트");
        long mine = createAs(owner, "초대받은 실험장");
        long other = createAs(newAccount("다른 팀"), "다른 팀 실험장");
        teams.join(owner, mine, guest, MemberRole.PARTNER_GUEST);

        BrowserlessUIContext window = windowOf(guest);
        window.navigate("experiments/" + other, ExperimentListView.class);

        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
        assertThat(window.find(Notification.class).withId("error-notification").single().getElement().getProperty("text"))
                .isEqualTo("찾을 수 없거나 접근 권한이 없는 실험장입니다.");
        ExperimentListView list = (ExperimentListView) window.getCurrentView();
        assertThat(window.test(list.grid).size()).isEqualTo(1);
        assertThat(window.test(list.grid).getRow(0).summary().id()).isEqualTo(mine);
    }

    @Test
    void twoCoPlannersSeeEachOtherAndEachOthersChangesLive() {
        Together t = openTogether("가나다", "라마바", "함께 보는 실험장");
        BrowserlessUIContext windowA = t.windowA();
        BrowserlessUIContext windowB = t.windowB();
        ExperimentOverviewView viewA = t.viewA();
        ExperimentOverviewView viewB = t.viewB();
        await(windowB, () -> presenceNames(viewB).contains("가나다"));

        in(windowA).test(viewA.edit).click();
        ExperimentFormDialog form = opened(windowA, ExperimentFormDialog.class);
        in(windowA).test(form.title).setValue("서울역에 일일야학이 열렸다?!");
        in(windowA).test(form.save).click();

        await(windowB, () -> viewB.shownTitle().equals("서울역에 일일야학이 열렸다?!"));
        await(windowB, () -> in(windowB).test(viewB.activity).getCellText(0, 1).contains("실험장 이름"));

        in(windowB).test(viewB.nextStage).click();
        StageMoveDialog confirm = opened(windowB, StageMoveDialog.class);
        in(windowB).test(confirm.reason).setValue("함께 정했습니다");
        in(windowB).test(confirm.confirm).click();
        await(windowA, () -> currentStage(viewA).equals("PLANNING"));

        closeTab(windowB);
        await(windowA, () -> !presenceNames(viewA).contains("라마바"));
    }

    @Test
    void aCoPlannersCardMoveChangesTheChecklistAndLeavesTheRestOfTheOverviewAsItWas() {
        Together t = openTogether("가나다", "라마바", "제자리 개요");
        ExperimentOverviewView viewB = t.viewB();
        var stepsBefore = viewB.stageTracker.getChildren().toList();
        var infoBefore = viewB.info.getChildren().toList();
        var summariesBefore = viewB.summarySlot.getChildren().toList();
        assertThat(summariesBefore).as("the verdict block of the experiment's questions").isNotEmpty();
        var checklistBefore = viewB.checklist;

        // A finishes a planning item: the card goes to the board's last column (완료).
        var board = signedIn.as(t.a(), () -> planning.board(t.id()));
        long card = board.columns().get(0).cards().get(0).id();
        long done = board.columns().get(board.columns().size() - 1).id();
        signedIn.run(t.a(), () -> planning.move(t.id(), card, done, 0));

        // B's overview reads the stage checklist that counts it; the stage, the information and the summary blocks did not change, so they keep
        // their very components (issue #21: the rest of the page is left as it was).
        await(t.windowB(), () -> !viewB.checklist.equals(checklistBefore));
        assertThat(viewB.stageTracker.getChildren().toList()).containsExactlyElementsOf(stepsBefore);
        assertThat(viewB.info.getChildren().toList()).containsExactlyElementsOf(infoBefore);
        assertThat(viewB.summarySlot.getChildren().toList()).containsExactlyElementsOf(summariesBefore);
    }

    @Test
    void removingAMemberAsksFirstAndOnlyTheConfirmationRemoves() {
        Together t = openTogether("내보낼주인", "나갈사람", "내보내기 실험장");
        in(t.windowA()).test(t.windowA().find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("나갈사람님을 이 실험장에서 제외").single()).click();
        var dialog = opened(t.windowA(), com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        // "취소" keeps them and closes the question
        in(t.windowA()).test(t.windowA().find(com.vaadin.flow.component.button.Button.class).withId("keep-member")
                .single()).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(signedIn.as(t.a(), () -> experiments.get(t.id()).members())).hasSize(2);
        // the only owner is offered neither removal nor a role change on their own row
        assertThat(t.windowA().find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("내보낼주인님을 이 실험장에서 제외").all()).isEmpty();
        assertThat(t.windowA().find(com.vaadin.flow.component.select.Select.class)
                .withAriaLabel("내보낼주인님의 역할").all()).isEmpty();

        in(t.windowA()).test(t.windowA().find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("나갈사람님을 이 실험장에서 제외").single()).click();
        dialog = opened(t.windowA(), com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        confirm(dialog);
        assertThat(signedIn.as(t.a(), () -> experiments.get(t.id()).members())).hasSize(1);
    }

    /** What the confirm button of a confirm dialog does in the browser. */
    static void confirm(com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, true));
    }

    static String presenceNames(ExperimentOverviewView view) {
        return String.join(",", view.presentNames());
    }

    @Test
    void aConflictingSaveKeepsTheInputNamesWhoChangedItAndNeverOverwritesSilently() {
        Together t = openTogether("먼저", "나중", "원래 이름");
        String a = t.a();
        long id = t.id();
        BrowserlessUIContext windowA = t.windowA();
        BrowserlessUIContext windowB = t.windowB();
        ExperimentOverviewView viewA = t.viewA();
        ExperimentOverviewView viewB = t.viewB();

        in(windowB).test(viewB.edit).click();
        ExperimentFormDialog formB = opened(windowB, ExperimentFormDialog.class);
        in(windowB).test(formB.title).setValue("나중 사람의 이름");

        in(windowA).test(viewA.edit).click();
        ExperimentFormDialog formA = opened(windowA, ExperimentFormDialog.class);
        in(windowA).test(formA.title).setValue("먼저 저장한 이름");
        in(windowA).test(formA.save).click();

        in(windowB).test(formB.save).click();
        assertThat(formB.isOpened()).isTrue();
        assertThat(formB.conflictBox.isVisible()).isTrue();
        assertThat(formB.conflictBox.getElement().getTextRecursively())
                .contains("먼저님이").contains("먼저 저장한 이름");
        assertThat(formB.title.getValue()).isEqualTo("나중 사람의 이름");
        assertThat(signedIn.as(a, () -> experiments.get(id)).title()).isEqualTo("먼저 저장한 이름");

        // Issue 18: the title waits for B's choice; B keeps their own and saves knowingly.
        kr.silheomjang.support.Typing.keepMine(windowB, formB.form, "title");
        in(windowB).test(formB.save).click();
        assertThat(formB.isOpened()).isFalse();
        assertThat(signedIn.as(a, () -> experiments.get(id)).title()).isEqualTo("나중 사람의 이름");
    }

    @Test
    void whatBIsTypingInTheEditFormSurvivesASaveOfTheSameFieldByA() {
        Together t = openTogether("김기획", "이준비", "원래 이름");
        in(t.windowB()).test(t.viewB().edit).click();
        ExperimentFormDialog formB = opened(t.windowB(), ExperimentFormDialog.class);
        kr.silheomjang.support.Typing.typeWithoutLeaving(t.windowB(), formB.purpose, "이준비가 쓰는 목적");

        in(t.windowA()).test(t.viewA().edit).click();
        ExperimentFormDialog formA = opened(t.windowA(), ExperimentFormDialog.class);
        await(t.windowA(), () -> formA.form.inField("purpose").contains("이준비"));
        in(t.windowA()).test(formA.purpose).setValue("김기획이 저장한 목적");
        in(t.windowA()).test(formA.title).setValue("새 이름");
        in(t.windowA()).test(formA.save).click();

        await(t.windowB(), () -> formB.form.marked().contains("purpose"));
        assertThat(formB.purpose.getValue()).isEqualTo("이준비가 쓰는 목적");
        assertThat(kr.silheomjang.support.Typing.note(formB.form, "purpose"))
                .contains("김기획님이 바꾼 값: 김기획이 저장한 목적");
        assertThat(formB.title.getValue()).isEqualTo("새 이름");

        in(t.windowB()).test(formB.save).click();
        assertThat(formB.isOpened()).isTrue();
        assertThat(formB.conflictBox.getElement().getTextRecursively()).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(t.a(), () -> experiments.get(t.id())).purpose()).isEqualTo("김기획이 저장한 목적");

        kr.silheomjang.support.Typing.keepMine(t.windowB(), formB.form, "purpose");
        in(t.windowB()).test(formB.save).click();
        assertThat(formB.isOpened()).isFalse();
        var stored = signedIn.as(t.a(), () -> experiments.get(t.id()));
        assertThat(stored.purpose()).isEqualTo("이준비가 쓰는 목적");
        assertThat(stored.title()).isEqualTo("새 이름");
    }

    @Test
    void aRolePickedOverAnotherOwnersChangeIsRefusedNamingThemAndThePickerShowsTheCurrentRole() {
        Together t = openTogether("가주인", "나주인", "역할 실험장");
        teams.changeRole(t.a(), t.id(), memberIdOf(t.a(), t.id(), "나주인"), MemberRole.OWNER);
        String c = newAccount("다기획");
        teams.join(t.a(), t.id(), c, MemberRole.PLANNER);
        long cMember = memberIdOf(t.a(), t.id(), "다기획");
        BrowserlessUIContext windowB = windowOf(t.b());
        open(windowB, t.id());
        var pickerB = windowB.find(com.vaadin.flow.component.select.Select.class).withAriaLabel("다기획님의 역할")
                .single();

        // A makes her an owner; B's list has not heard of it yet and B restricts her to a partner guest.
        teams.changeRole(t.a(), t.id(), cMember, MemberRole.OWNER);
        in(windowB).test(pickerB).selectItem("협력기관 게스트");

        assertThat(notificationTexts(windowB)).contains("가주인님이").contains("역할을 먼저 바꿨습니다");
        assertThat(signedIn.as(t.a(), () -> experiments.get(t.id())).members().stream()
                .filter(m -> m.memberId() == cMember).findFirst().orElseThrow().role()).isEqualTo(MemberRole.OWNER);
        var shown = windowB.find(com.vaadin.flow.component.select.Select.class).withAriaLabel("다기획님의 역할")
                .single();
        assertThat(shown.getValue()).isEqualTo(MemberRole.OWNER);
    }

    long memberIdOf(String owner, long id, String displayName) {
        return signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.displayName().equals(displayName)).findFirst().orElseThrow().memberId();
    }

    @Test
    void aRemovedMembersOpenViewLeavesAndStopsReceivingUpdates() {
        Together t = openTogether("소유자", "제외될 사람", "제외 실험장");
        String owner = t.a();
        long id = t.id();
        BrowserlessUIContext ownerWindow = t.windowA();
        ExperimentOverviewView ownerView = t.viewA();
        BrowserlessUIContext plannerWindow = t.windowB();
        ExperimentOverviewView plannerView = t.viewB();

        long memberId = ownerView.details.members().stream().filter(m -> m.role() == MemberRole.PLANNER)
                .findFirst().orElseThrow().memberId();
        in(ownerWindow).test(ownerWindow.find(com.vaadin.flow.component.button.Button.class)
                .withAriaLabel("제외될 사람님을 이 실험장에서 제외").single()).click();
        confirm(opened(ownerWindow, com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        await(plannerWindow, () -> plannerWindow.getCurrentView() instanceof ExperimentListView);
        await(ownerWindow, () -> !presenceNames(ownerView).contains("제외될 사람"));
        assertThat(ownerView.details.members()).noneMatch(m -> m.memberId() == memberId);

        signedIn.run(owner, () -> experiments.update(id, experiments.get(id).version(), Drafts.valid("새 비밀 이름")));
        await(ownerWindow, () -> ownerView.shownTitle().equals("새 비밀 이름"));
        settle(plannerWindow);
        assertThat(plannerView.shownTitle()).isEqualTo("제외 실험장");
    }

    @Test
    void archivingHidesTheExperimentFromTheDefaultList() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "보관할 실험장");
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = open(window, id);
        window.test(view.archive).click();
        assertThat(view.shownArchived()).isTrue();

        ExperimentListView list = window.navigate(ExperimentListView.class);
        assertThat(window.test(list.grid).size()).isZero();
        window.test(list.showArchived).click();
        assertThat(window.test(list.grid).size()).isEqualTo(1);
        assertThat(window.test(list.grid).getCellText(0, 5)).isEqualTo("소유자 · 보관됨");
    }

    @Test
    void theOwnerInvitesAndTheLinkIsShownToCopyWhenNoMailServerIsConfigured() {
        String owner = newAccount("소유자");
        long id = createAs(owner, "초대 실험장");
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = open(window, id);
        window.test(view.invite).click();
        InviteDialog dialog = opened(window, InviteDialog.class);

        window.test(dialog.email).setValue("잘못된주소");
        window.test(dialog.send).click();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("올바른 이메일 주소를 입력해 주세요.");

        window.test(dialog.email).setValue("partner-" + System.nanoTime() + "@org.kr");
        window.test(dialog.role).selectItem("협력기관 게스트 — 초대받은 실험장만 보고 의견 남기기");
        window.test(dialog.send).click();
        var link = window.find(com.vaadin.flow.component.textfield.TextField.class).withId("invite-link").single();
        assertThat(link.getValue()).matches("http://localhost:\\d+/invite/[A-Za-z0-9_-]{43}");
        assertThat(dialog.result.getElement().getTextRecursively()).contains("메일 서버가 설정되어 있지 않아");
        assertThat(dialog.pending.getElement().getTextRecursively()).contains("협력기관 게스트");
    }

    @Test
    void theDdayBadgeCountsTowardsTheEventDay() {
        String owner = newAccount("소유자");
        var draft = Drafts.valid("디데이 실험장");
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        draft.setPlanningStart(today.minusDays(10));
        draft.setEventDate(today.plusDays(45));
        draft.setFollowUpEnd(today.plusDays(60));
        long id = signedIn.as(owner, () -> experiments.create(draft));
        ExperimentOverviewView view = open(windowOf(owner), id);
        assertThat(view.shownDDay()).isEqualTo("D-45");
        assertThat(view.info.getElement().getTextRecursively()).contains(
                kr.silheomjang.ui.Formats.date(today.plusDays(45), java.util.Locale.KOREAN));
    }
    @Test
    void aLinkToANewMemberMarksThemInTheTeam() {
        String owner = newAccount("초대한 사람");
        String joined = newAccount("새로 온 사람");
        long id = createAs(owner, "팀 링크");
        teams.join(owner, id, joined, MemberRole.PLANNER);
        long joinedId = accounts.findByEmail(joined).orElseThrow().id();
        BrowserlessUIContext window = windowOf(owner);
        ExperimentOverviewView view = follow(window, "experiments/" + id + "?member=" + joinedId,
                ExperimentOverviewView.class);
        var marked = view.memberList.getChildren()
                .filter(c -> c.getElement().getClassList().contains("deep-link-target")).toList();
        assertThat(marked).singleElement().satisfies(row -> {
            assertThat(row.getElement().getAttribute("data-item")).isEqualTo(String.valueOf(joinedId));
            assertThat(row.getElement().getTextRecursively()).contains("새로 온 사람");
        });
    }
    @Test
    void theListShowsAnExperimentJoinedWhileItIsOpenAndFollowsItLive() {
        String a = newAccount("초대하는 사람");
        String b = newAccount("목록 보는 사람");
        long id = createAs(a, "나중에 보이는 실험장");
        BrowserlessUIContext windowB = windowOf(b);
        ExperimentListView list = windowB.navigate(ExperimentListView.class);
        assertThat(in(windowB).test(list.grid).size()).isZero();

        teams.join(a, id, b, MemberRole.PLANNER);
        await(windowB, () -> in(windowB).test(list.grid).size() == 1);
        signedIn.run(a, () -> experiments.update(id, experiments.get(id).version(), Drafts.valid("바뀐 이름")));
        await(windowB, () -> in(windowB).test(list.grid).getRow(0).summary().title().equals("바뀐 이름"));
    }
}
