package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.Teams;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class PlanningServiceTest {

    @Autowired
    Teams teams;
    @Autowired
    PlanningService planning;

    @Autowired
    kr.silheomjang.planning.BoardColumnService columnService;

    @Autowired
    kr.silheomjang.planning.CardAttachmentService attachmentService;

    @Autowired
    kr.silheomjang.planning.ChecklistService checklistService;

    @Autowired
    kr.silheomjang.planning.CommentService commentService;

    @Autowired
    kr.silheomjang.planning.PlanningTemplateService templateService;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    AdministratorService administrators;
    @Autowired
    SignedIn signedIn;
    @Autowired
    List<DueDateSource> dueDateSources;

    String account(String name) {
        String email = "p" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long experimentOf(String owner) {
        return signedIn.as(owner, () -> experiments.create(Drafts.valid("보드 실험장")));
    }


    static List<String> titles(ColumnView c) {
        return c.cards().stream().map(CardSummary::title).toList();
    }

    @Test
    void aNewExperimentStartsWithFourColumnsAndTheThirteenPlanningItemsWithChecklists() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        Board board = signedIn.as(owner, () -> planning.board(id));

        assertThat(board.columns()).extracting(ColumnView::name).containsExactly("할 일", "진행 중", "검토", "완료");
        assertThat(titles(board.columns().get(0))).containsExactly("실험장 목적 설정", "자료 수집", "협력 파트너 마련",
                "참여대상 선정", "일시와 장소 선정", "준비 일정 선정", "홍보", "섭외", "프로그램 세부내용", "예산 설정",
                "기록 및 촬영", "후속작업", "기타 준비사항");
        CardSummary casting = board.columns().get(0).cards().get(7);
        assertThat(casting.category()).isEqualTo("섭외");
        CardDetails details = signedIn.as(owner, () -> planning.card(id, casting.id()));
        assertThat(details.checklist()).extracting(CardDetails.ChecklistLine::text)
                .containsExactly("실험 참여자", "제안자", "현장진행 스탭");
        assertThat(details.description()).contains("퍼실리테이터");
        assertThat(details.history()).extracting(CardDetails.HistoryLine::action).containsExactly("CREATED");
    }

    @Test
    void thePreparationTemplateCanBeAddedAnyTime() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        List<Long> added = signedIn.as(owner, () -> templateService.addTemplate(id, "PREPARATION", false));
        assertThat(added).hasSize(9);
        Board board = signedIn.as(owner, () -> planning.board(id));
        assertThat(titles(board.columns().get(0))).hasSize(22).endsWith("스탭 운영", "큐시트·장소배치·역할분담표 점검");
        CardDetails film = signedIn.as(owner, () -> planning.card(id, added.get(2)));
        assertThat(film.title()).isEqualTo("촬영팀 관리");
        assertThat(film.checklist()).hasSize(3);
    }

    /**
     * Two co-planners pressing 준비 체크리스트 추가 at the same instant: both pages saw a board without its cards, and
     * each used to make all 9. The board's column locks let the second wait for the first and then see its cards.
     */
    @Test
    void twoCoPlannersAddingThePreparationChecklistAtOnceGetOneSetAndAddingAgainIsAskedFor() throws Exception {
        String owner = account("김기획");
        long id = experimentOf(owner);
        String planner = teams.joinWithNewAccount(owner, id, "이준비", MemberRole.PLANNER);
        int before = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().size();

        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Object>> presses = new java.util.ArrayList<>();
        try {
            for (String who : List.of(owner, planner)) {
                presses.add(pool.submit(() -> {
                    together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    try {
                        return signedIn.as(who, () -> templateService.addTemplate(id, "PREPARATION", false));
                    } catch (UserFacingException refused) {
                        return refused;
                    }
                }));
            }
            List<Object> outcomes = new java.util.ArrayList<>();
            for (var press : presses) {
                outcomes.add(press.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(List.class::isInstance).singleElement()
                    .satisfies(added -> assertThat((List<?>) added).hasSize(9));
            assertThat(outcomes).filteredOn(UserFacingException.class::isInstance).singleElement()
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKeys())
                            .containsExactly("planning.error.templateOnBoard"));
        } finally {
            pool.shutdownNow();
        }
        Board board = signedIn.as(owner, () -> planning.board(id));
        assertThat(titles(board.columns().get(0))).hasSize(before + 9)
                .filteredOn("촬영팀 관리"::equals).hasSize(1);

        // The page's "한 번 더 추가" answer: a second set, on purpose.
        assertThat(signedIn.as(planner, () -> templateService.addTemplate(id, "PREPARATION", true))).hasSize(9);
        assertThat(titles(signedIn.as(owner, () -> planning.board(id)).columns().get(0)))
                .hasSize(before + 18);
    }

    @Test
    void movesAreStoredBetweenAndWithinColumnsAndByMenuDirections() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        Board board = signedIn.as(owner, () -> planning.board(id));
        long todo = board.columns().get(0).id();
        long doing = board.columns().get(1).id();
        long purpose = board.columns().get(0).cards().get(0).id();
        long data = board.columns().get(0).cards().get(1).id();

        signedIn.run(owner, () -> planning.move(id, purpose, doing, 0));
        signedIn.run(owner, () -> planning.move(id, data, doing, 0));
        Board after = signedIn.as(owner, () -> planning.board(id));
        assertThat(titles(after.columns().get(1))).containsExactly("자료 수집", "실험장 목적 설정");
        assertThat(titles(after.columns().get(0))).hasSize(11).startsWith("협력 파트너 마련");

        signedIn.run(owner, () -> planning.move(id, purpose, Direction.UP));
        assertThat(titles(signedIn.as(owner, () -> planning.board(id)).columns().get(1)))
                .containsExactly("실험장 목적 설정", "자료 수집");
        signedIn.run(owner, () -> planning.move(id, purpose, Direction.RIGHT));
        signedIn.run(owner, () -> planning.move(id, data, Direction.LEFT));
        Board last = signedIn.as(owner, () -> planning.board(id));
        assertThat(titles(last.columns().get(2))).containsExactly("실험장 목적 설정");
        assertThat(titles(last.columns().get(0))).startsWith("자료 수집", "협력 파트너 마련");
        assertThat(last.columns().get(0).id()).isEqualTo(todo);
        CardDetails moved = signedIn.as(owner, () -> planning.card(id, purpose));
        assertThat(moved.history()).extracting(CardDetails.HistoryLine::detail).contains("진행 중 → 검토");
    }

    @Test
    void columnsAreRenamedAddedReorderedAndOnlyEmptyOnesRemoved() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        Board board = signedIn.as(owner, () -> planning.board(id));
        ColumnView review = board.columns().get(2);
        signedIn.run(owner, () -> columnService.updateColumn(id, review.id(), review.version(), "협력기관 검토", 2));
        long extra = signedIn.as(owner, () -> columnService.addColumn(id, "보류"));
        signedIn.run(owner, () -> columnService.moveColumn(id, extra, -1));
        Board after = signedIn.as(owner, () -> planning.board(id));
        assertThat(after.columns()).extracting(ColumnView::name).containsExactly("할 일", "진행 중", "협력기관 검토",
                "보류", "완료");
        assertThat(after.columns().get(2).wipLimit()).isEqualTo(2);

        long todo = after.columns().get(0).id();
        assertThatThrownBy(() -> signedIn.run(owner, () -> columnService.removeColumn(id, todo)))
                .isInstanceOf(UserFacingException.class).hasMessage("planning.error.columnNotEmpty");
        signedIn.run(owner, () -> columnService.removeColumn(id, extra));
        assertThat(signedIn.as(owner, () -> planning.board(id)).columns()).hasSize(4);
        assertThatThrownBy(() -> signedIn.run(owner, () -> columnService.updateColumn(id, review.id(), review.version(),
                "옛 이름", null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theLaterSaveOfTheSameCardIsToldWhoChangedItAndNothingIsOverwritten() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        CardDetails seen = signedIn.as(owner, () -> planning.card(id, cardId));

        signedIn.run(planner, () -> planning.updateCard(id, cardId, seen.version(),
                new CardDraft("목적 (이준비)", "이준비의 설명", "실험장 목적 설정", null, Set.of(), List.of())));
        assertThatThrownBy(() -> signedIn.run(owner, () -> planning.updateCard(id, cardId, seen.version(),
                new CardDraft("목적 (김기획)", "김기획의 설명", "실험장 목적 설정", null, Set.of(), List.of()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("이준비"));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).title()).isEqualTo("목적 (이준비)");

        // A move by someone else is not a content conflict.
        CardDetails fresh = signedIn.as(owner, () -> planning.card(id, cardId));
        signedIn.run(planner, () -> planning.move(id, cardId, Direction.RIGHT));
        signedIn.run(owner, () -> planning.updateCard(id, cardId, fresh.version(),
                new CardDraft("목적", "", "실험장 목적 설정", LocalDate.of(2027, 2, 1), Set.of(), List.of("중요"))));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).labels()).containsExactly("중요");
    }

    @Test
    void badCardInputIsRefusedWithMessageKeysBeforeAnythingIsWritten() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        CardDetails seen = signedIn.as(owner, () -> planning.card(id, cardId));
        assertThatThrownBy(() -> signedIn.run(owner, () -> planning.updateCard(id, cardId, seen.version(),
                new CardDraft(" ", "x".repeat(4001), "", null, Set.of(987654L), List.of()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "planning.error.title.required", "planning.error.description.tooLong",
                        "planning.error.assignee"));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).version()).isEqualTo(seen.version());
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.comment(id, cardId, "  ")))
                .isInstanceOf(UserFacingException.class);
    }

    /** QA: ticking an item a co-planner had just removed said "card or column not found". */
    @Test
    void anItemOrAttachmentACoPlannerJustRemovedIsSaidToBeGoneByName() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long item = signedIn.as(owner, () -> checklistService.addChecklistItem(id, cardId, "현수막 주문"));
        signedIn.run(owner, () -> checklistService.removeChecklistItem(id, cardId, item));

        for (Runnable late : List.<Runnable>of(() -> checklistService.tick(id, cardId, item, true),
                () -> checklistService.removeChecklistItem(id, cardId, item))) {
            assertThatThrownBy(() -> signedIn.run(planner, late)).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKeys()).containsExactly("planning.error.checklistItemGone"));
        }
        assertThatThrownBy(() -> signedIn.run(planner, () -> attachmentService.removeAttachment(id, cardId,
                999_999_999L))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachmentGone"));
    }

    /**
     * A checklist item's text is edited in place over the version its editor showed: a co-planner's edit or tick since
     * is refused naming them, and nothing is written; a removed item is said to be gone; bad text is refused with the
     * add path's message; the edit is in the card's history.
     */
    @Test
    void aChecklistItemIsEditedOverTheVersionShownAndAChangeSinceIsToldByName() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long item = signedIn.as(owner, () -> checklistService.addChecklistItem(id, cardId, "현수막 주믄"));
        CardDetails.ChecklistLine seen = line(owner, id, cardId, item);

        signedIn.run(planner, () -> checklistService.editChecklistItem(id, cardId, item, seen.version(),
                "  현수막 주문  "));
        CardDetails.ChecklistLine edited = line(owner, id, cardId, item);
        assertThat(edited.text()).isEqualTo("현수막 주문");
        assertThat(edited.version()).isGreaterThan(seen.version());
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).history()).first().satisfies(h -> {
            assertThat(h.action()).isEqualTo("CHECKLIST_EDITED");
            assertThat(h.actorName()).isEqualTo("이준비");
            assertThat(h.detail()).isEqualTo("현수막 주믄 → 현수막 주문");
        });

        // The owner's editor still shows the old version: refused, naming the planner; the planner's text stays.
        assertThatThrownBy(() -> signedIn.run(owner, () -> checklistService.editChecklistItem(id, cardId, item,
                seen.version(), "현수막 주문 2장"))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("이준비"));
        assertThat(line(owner, id, cardId, item)).isEqualTo(edited);

        // A tick changes whether it is done, not what it says: an edit begun before it still saves (next test).
        signedIn.run(planner, () -> checklistService.tick(id, cardId, item, true));
        long now = line(owner, id, cardId, item).version();
        signedIn.run(owner, () -> checklistService.editChecklistItem(id, cardId, item, now, "현수막 주문 2장"));
        assertThat(line(owner, id, cardId, item).text()).isEqualTo("현수막 주문 2장");
        assertThat(line(owner, id, cardId, item).done()).isTrue();

        // Bad text: the add path's message, nothing written.
        long latest = line(owner, id, cardId, item).version();
        for (String bad : List.of("   ", "가".repeat(301))) {
            assertThatThrownBy(() -> signedIn.run(owner, () -> checklistService.editChecklistItem(id, cardId, item,
                    latest, bad))).isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKeys()).containsExactly("planning.error.checklist.text"));
        }
        assertThat(line(owner, id, cardId, item).version()).isEqualTo(latest);

        // Removed meanwhile: said to be gone, by name.
        signedIn.run(planner, () -> checklistService.removeChecklistItem(id, cardId, item));
        assertThatThrownBy(() -> signedIn.run(owner, () -> checklistService.editChecklistItem(id, cardId, item,
                latest, "현수막"))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.checklistItemGone"));
    }

    /**
     * A co-planner's tick (or untick) of an item does not refuse a text edit of it begun before: only a change of its
     * text does, naming who changed the text (not who ticked since), or its removal.
     */
    @Test
    void aCoPlannersTickDoesNotRefuseATextEditOfTheSameItemButATextChangeStillDoes() {
        String owner = account("김기획");
        String planner = account("이준비");
        String other = account("최동료");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, other, MemberRole.PLANNER);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long item = signedIn.as(owner, () -> checklistService.addChecklistItem(id, cardId, "강사 섭외"));
        CardDetails.ChecklistLine seen = line(owner, id, cardId, item);

        signedIn.run(planner, () -> checklistService.tick(id, cardId, item, true));
        signedIn.run(planner, () -> checklistService.tick(id, cardId, item, false));
        signedIn.run(planner, () -> checklistService.tick(id, cardId, item, true));
        assertThat(line(owner, id, cardId, item).version()).as("ticks leave the text's version").isEqualTo(
                seen.version());
        signedIn.run(owner, () -> checklistService.editChecklistItem(id, cardId, item, seen.version(),
                "강사 섭외 (두 분)"));
        CardDetails.ChecklistLine edited = line(owner, id, cardId, item);
        assertThat(edited.text()).isEqualTo("강사 섭외 (두 분)");
        assertThat(edited.done()).as("the tick stays").isTrue();
        assertThat(edited.editedBy()).isEqualTo("김기획");

        // The planner's editor began before the owner's text edit: refused, naming the owner, not the last ticker.
        signedIn.run(other, () -> checklistService.tick(id, cardId, item, false));
        assertThatThrownBy(() -> signedIn.run(planner, () -> checklistService.editChecklistItem(id, cardId, item,
                seen.version(), "강사 섭외 (세 분)"))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("김기획"));
        assertThat(line(owner, id, cardId, item).text()).isEqualTo("강사 섭외 (두 분)");
    }

    CardDetails.ChecklistLine line(String as, long id, long cardId, long itemId) {
        return signedIn.as(as, () -> planning.card(id, cardId)).checklist().stream().filter(l -> l.id() == itemId)
                .findFirst().orElseThrow();
    }

    CardDetails.Comment commentOf(String as, long id, long cardId, long commentId) {
        return signedIn.as(as, () -> planning.card(id, cardId)).comments().stream()
                .filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }

    /**
     * Only its author edits a comment (a partner guest too, on any card); it then reads as edited. An edit over an
     * older version (the author's other tab) is refused naming them; bad text gets the add path's messages.
     */
    @Test
    void onlyItsAuthorEditsACommentOverTheVersionShown() {
        String owner = account("김기획");
        String planner = account("이준비");
        String guest = account("박협력");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long mine = signedIn.as(owner, () -> commentService.comment(id, cardId, "명단은 금요일까지 확인"));
        long guests = signedIn.as(guest, () -> commentService.comment(id, cardId, "협력기관 의견 드립니다"));
        CardDetails.Comment seen = commentOf(owner, id, cardId, mine);
        assertThat(seen.editedAt()).isNull();

        // Nobody edits someone else's comment: not a planner, not the owner of the experiment.
        assertThatThrownBy(() -> signedIn.run(planner, () -> commentService.editComment(id, cardId, mine,
                seen.version(), "바꿈"))).isInstanceOf(AccessDeniedException.class);
        long guestsVersion = commentOf(owner, id, cardId, guests).version();
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.editComment(id, cardId, guests,
                guestsVersion, "바꿈"))).isInstanceOf(AccessDeniedException.class);
        assertThat(commentOf(owner, id, cardId, mine).body()).isEqualTo("명단은 금요일까지 확인");

        signedIn.run(owner, () -> commentService.editComment(id, cardId, mine, seen.version(), "명단은 목요일까지 확인"));
        CardDetails.Comment edited = commentOf(planner, id, cardId, mine);
        assertThat(edited.body()).isEqualTo("명단은 목요일까지 확인");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.at()).isEqualTo(seen.at());
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).history()).first()
                .satisfies(h -> assertThat(h.action()).isEqualTo("COMMENT_EDITED"));
        // A guest edits their own comment, on a card not assigned to them.
        signedIn.run(guest, () -> commentService.editComment(id, cardId, guests, guestsVersion, "협력기관 의견 (수정)"));
        assertThat(commentOf(owner, id, cardId, guests).body()).isEqualTo("협력기관 의견 (수정)");

        // The author's other tab still had the first version: refused, naming who saved first.
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.editComment(id, cardId, mine,
                seen.version(), "명단은 수요일까지"))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("김기획"));
        assertThat(commentOf(owner, id, cardId, mine).body()).isEqualTo("명단은 목요일까지 확인");

        for (var bad : List.of(List.of("  ", "planning.error.comment.required"),
                List.of("가".repeat(2001), "planning.error.comment.tooLong"))) {
            assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.editComment(id, cardId, mine,
                    edited.version(), bad.get(0)))).isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKeys()).containsExactly(bad.get(1)));
        }
        assertThat(commentOf(owner, id, cardId, mine).version()).isEqualTo(edited.version());
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.editComment(id, cardId, 999_999_999L, 0,
                "x"))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.commentGone"));
    }

    /**
     * Its author deletes a comment, and the experiment's owner any comment (moderation); a planner not someone else's.
     * Over the version shown: edited since, refused naming the author; already deleted, said to be gone. The card
     * history says who deleted whose comment and never what it said.
     */
    @Test
    void aCommentIsDeletedByItsAuthorOrTheOwnerOverTheVersionShownAndTheHistoryKeepsNoText() {
        String owner = account("김기획");
        String planner = account("이준비");
        String guest = account("박협력");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long owners = signedIn.as(owner, () -> commentService.comment(id, cardId, "소유자 댓글"));
        long planners = signedIn.as(planner, () -> commentService.comment(id, cardId, "김어르신 휠체어 동선 확인"));
        long guests = signedIn.as(guest, () -> commentService.comment(id, cardId, "협력기관 연락처 010-1234-5678"));

        // A planner deletes no one else's comment, a guest neither.
        long ownersVersion = commentOf(owner, id, cardId, owners).version();
        assertThatThrownBy(() -> signedIn.run(planner, () -> commentService.deleteComment(id, cardId, owners,
                ownersVersion))).isInstanceOf(AccessDeniedException.class);
        long plannersVersion = commentOf(owner, id, cardId, planners).version();
        assertThatThrownBy(() -> signedIn.run(guest, () -> commentService.deleteComment(id, cardId, planners,
                plannersVersion))).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).comments()).hasSize(3);

        // The owner saw the planner's comment, the planner edited it since: refused, naming the planner.
        signedIn.run(planner, () -> commentService.editComment(id, cardId, planners, plannersVersion,
                "김어르신 휠체어 동선 확인 (엘리베이터)"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.deleteComment(id, cardId, planners,
                plannersVersion))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("이준비"));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).comments()).hasSize(3);
        // Seen anew: the owner deletes it (moderation).
        long latest = commentOf(owner, id, cardId, planners).version();
        signedIn.run(owner, () -> commentService.deleteComment(id, cardId, planners, latest));
        // The guest deletes their own.
        long guestsVersion = commentOf(owner, id, cardId, guests).version();
        signedIn.run(guest, () -> commentService.deleteComment(id, cardId, guests, guestsVersion));
        // Already deleted (the author's other tab): said to be gone.
        assertThatThrownBy(() -> signedIn.run(guest, () -> commentService.deleteComment(id, cardId, guests,
                guestsVersion))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.commentGone"));

        CardDetails after = signedIn.as(planner, () -> planning.card(id, cardId));
        assertThat(after.comments()).extracting(CardDetails.Comment::id).containsExactly(owners);
        assertThat(after.history()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(after.history().get(0)).satisfies(h -> {
            assertThat(h.action()).isEqualTo("COMMENT_DELETED");
            assertThat(h.actorName()).isEqualTo("박협력");
            assertThat(h.detail()).isNull();
        });
        assertThat(after.history().get(1)).satisfies(h -> {
            assertThat(h.action()).isEqualTo("COMMENT_REMOVED");
            assertThat(h.actorName()).isEqualTo("김기획");
            assertThat(h.detail()).isEqualTo("이준비");
        });
        // The texts are gone: from the table and from the history.
        assertThat(jdbc.queryForObject("select count(*) from card_comment where card_id = ? and (body like"
                + " '%휠체어%' or body like '%010-1234%')", Integer.class, cardId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from card_history where card_id = ? and (detail like"
                + " '%휠체어%' or detail like '%010-1234%')", Integer.class, cardId)).isZero();

        // The owner's own comment: deleted by them as any author.
        long mine = commentOf(owner, id, cardId, owners).version();
        signedIn.run(owner, () -> commentService.deleteComment(id, cardId, owners, mine));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).comments()).isEmpty();
    }

    /**
     * The personal-data erasure changes a comment's text with plain SQL: its version moves, so the author's editor
     * still holding the old words is refused (without a name: the erasure has none) instead of writing them back.
     */
    @Test
    void aCommentErasedMeanwhileIsNotWrittenBackByItsAuthorsOpenEditor() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        long mine = signedIn.as(owner, () -> commentService.comment(id, cardId, "김어르신 휠체어 동선 확인"));
        CardDetails.Comment seen = commentOf(owner, id, cardId, mine);
        jdbc.update("update card_comment set body = ?, version = version + 1 where id = ?", "(삭제됨) 휠체어 동선 확인",
                mine);
        assertThatThrownBy(() -> signedIn.run(owner, () -> commentService.editComment(id, cardId, mine,
                seen.version(), "김어르신 휠체어 동선 확인 완료")))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(commentOf(owner, id, cardId, mine).body()).isEqualTo("(삭제됨) 휠체어 동선 확인");
    }

    /** A partner guest edits checklist items as they add and remove them: only on cards assigned to them. */
    @Test
    void aPartnerGuestEditsChecklistItemsOnlyOnCardsAssignedToThem() {
        String owner = account("김기획");
        String guest = account("박협력");
        long id = experimentOf(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        Board board = signedIn.as(guest, () -> planning.board(id));
        long mine = board.columns().get(0).cards().get(6).id();
        long other = board.columns().get(0).cards().get(7).id();
        CardDetails seen = signedIn.as(owner, () -> planning.card(id, mine));
        signedIn.run(owner, () -> planning.updateCard(id, mine, seen.version(), new CardDraft(seen.title(), "", "홍보",
                null, Set.of(board.myUserId()), List.of())));

        CardDetails.ChecklistLine own = signedIn.as(guest, () -> planning.card(id, mine)).checklist().get(0);
        signedIn.run(guest, () -> checklistService.editChecklistItem(id, mine, own.id(), own.version(), "보도자료 배포"));
        assertThat(line(owner, id, mine, own.id()).text()).isEqualTo("보도자료 배포");

        CardDetails.ChecklistLine theirs = signedIn.as(guest, () -> planning.card(id, other)).checklist().get(0);
        assertThatThrownBy(() -> signedIn.run(guest, () -> checklistService.editChecklistItem(id, other, theirs.id(),
                theirs.version(), "바꿈"))).isInstanceOf(AccessDeniedException.class);
        assertThat(line(owner, id, other, theirs.id())).isEqualTo(theirs);
    }

    @Test
    void partnerGuestsReadAndCommentButEditOnlyCardsAssignedToThem() {
        String owner = account("김기획");
        String guest = account("박협력");
        long id = experimentOf(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        Board board = signedIn.as(guest, () -> planning.board(id));
        long guestId = board.myUserId();
        long mine = board.columns().get(0).cards().get(6).id();
        long other = board.columns().get(0).cards().get(7).id();
        CardDetails seen = signedIn.as(owner, () -> planning.card(id, mine));
        signedIn.run(owner, () -> planning.updateCard(id, mine, seen.version(), new CardDraft(seen.title(), "", "홍보",
                null, Set.of(guestId), List.of())));

        assertThat(board.canManage()).isFalse();
        signedIn.run(guest, () -> commentService.comment(id, other, "@김기획 섭외 명단 공유드립니다"));
        CardDetails mineNow = signedIn.as(guest, () -> planning.card(id, mine));
        assertThat(mineNow.canEdit()).isTrue();
        signedIn.run(guest, () -> planning.updateCard(id, mine, mineNow.version(), new CardDraft("홍보 (협력기관)",
                "", "홍보", null, Set.of(), List.of("협력"))));
        signedIn.run(guest, () -> checklistService.tick(id, mine, mineNow.checklist().get(0).id(), true));
        signedIn.run(guest, () -> planning.move(id, mine, Direction.RIGHT));
        CardDetails after = signedIn.as(owner, () -> planning.card(id, mine));
        assertThat(after.title()).isEqualTo("홍보 (협력기관)");
        assertThat(after.assigneeIds()).containsExactly(guestId); // guests cannot unassign
        assertThat(after.checklistDone()).isEqualTo(1);

        CardDetails otherCard = signedIn.as(guest, () -> planning.card(id, other));
        assertThat(otherCard.canEdit()).isFalse();
        assertThat(otherCard.comments()).singleElement().satisfies(c -> assertThat(c.mentionedUserIds()).hasSize(1));
        assertThatThrownBy(() -> signedIn.run(guest, () -> planning.updateCard(id, other, otherCard.version(),
                new CardDraft("바꿈", "", "", null, Set.of(), List.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> planning.move(id, other, Direction.RIGHT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> checklistService.tick(id, other,
                otherCard.checklist().get(0).id(), true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> planning.createCard(id, board.columns().get(0).id(), "새")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> columnService.addColumn(id, "새 열")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> planning.deleteCard(id, other, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberOfAnotherExperimentIsDeniedEverything() {
        String owner = account("김기획");
        String outsider = account("다른 실험장 소유자");
        long id = experimentOf(owner);
        experimentOf(outsider);
        Board board = signedIn.as(owner, () -> planning.board(id));
        long col = board.columns().get(0).id();
        CardDetails card = signedIn.as(owner, () -> planning.card(id, board.columns().get(0).cards().get(0).id()));
        long cardId = card.id();
        long item = card.checklist().get(0).id();
        List<Runnable> calls = List.of(
                () -> planning.board(id),
                () -> planning.card(id, cardId),
                () -> planning.dueBetween(id, LocalDate.MIN, LocalDate.MAX),
                () -> columnService.addColumn(id, "x"),
                () -> columnService.updateColumn(id, col, 0, "x", null),
                () -> columnService.moveColumn(id, col, 1),
                () -> columnService.removeColumn(id, col),
                () -> planning.createCard(id, col, "x"),
                () -> planning.updateCard(id, cardId, card.version(), CardDraft.of(card)),
                () -> planning.moveDue(id, cardId, LocalDate.of(2027, 1, 1)),
                () -> planning.deleteCard(id, cardId, card.version()),
                () -> planning.move(id, cardId, col, 0),
                () -> planning.move(id, cardId, Direction.RIGHT),
                () -> templateService.addTemplate(id, "PREPARATION", false),
                () -> checklistService.addChecklistItem(id, cardId, "x"),
                () -> checklistService.tick(id, cardId, item, true),
                () -> checklistService.removeChecklistItem(id, cardId, item),
                () -> checklistService.editChecklistItem(id, cardId, item, 0, "x"),
                () -> commentService.comment(id, cardId, "x"),
                () -> commentService.editComment(id, cardId, 1, 0, "x"),
                () -> attachmentService.attach(id, cardId, "a.txt", "text/plain", new byte[] {1}),
                () -> attachmentService.attachmentBytes(id, cardId, 1),
                () -> attachmentService.removeAttachment(id, cardId, 1),
                () -> templateService.templates(id),
                () -> templateService.updateTemplateItem(id, 1, 0, "x", "", ""),
                () -> dueDateSources.forEach(s -> s.dueItems(id, LocalDate.MIN, LocalDate.MAX)),
                () -> dueDateSources.forEach(s -> s.moveDue(id, cardId, LocalDate.of(2027, 1, 1))));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> signedIn.run(outsider, call)).isInstanceOf(NotFoundOrDeniedException.class);
        }
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).version()).isEqualTo(card.version());
    }

    @Test
    void dueCardsAreOfferedToTheCalendarWhichCanMoveThem() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(3).id();
        CardDetails seen = signedIn.as(owner, () -> planning.card(id, cardId));
        signedIn.run(owner, () -> planning.updateCard(id, cardId, seen.version(), new CardDraft(seen.title(), "",
                seen.category(), LocalDate.of(2027, 2, 10), Set.of(), List.of())));
        DueDateSource source = dueDateSources.stream().filter(s -> s.getClass().getSimpleName().contains("Card"))
                .findFirst().orElseThrow();
        List<DueDateSource.DueItem> items = signedIn.as(owner,
                () -> source.dueItems(id, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        assertThat(items).containsExactly(new DueDateSource.DueItem("card", cardId, "참여대상 선정",
                LocalDate.of(2027, 2, 10)));
        signedIn.run(owner, () -> source.moveDue(id, cardId, LocalDate.of(2027, 3, 5)));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).due()).isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @Test
    void attachmentsAreCheckedForSizeAndTypeOnTheServer() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "virus.exe",
                "application/octet-stream", new byte[] {'M', 'Z'}))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachment.type"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "fake.png", "image/png",
                "<script>".getBytes()))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "big.txt", "text/plain",
                new byte[11 * 1024 * 1024]))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachment.size"));
        long attachment = signedIn.as(owner, () -> attachmentService.attach(id, cardId, "../../큐시트.txt", "text/plain",
                "1부 인사".getBytes()));
        CardDetails card = signedIn.as(owner, () -> planning.card(id, cardId));
        assertThat(card.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("큐시트.txt"));
        assertThat(new String(signedIn.as(owner, () -> attachmentService.attachmentBytes(id, cardId, attachment))))
                .isEqualTo("1부 인사");
    }

    @Test
    void attachmentNamesThatReduceToNothingAndDisguisedDocumentsAreHandled() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        // "/" and NUL used to escape as NullPointerException / InvalidPathException.
        signedIn.run(owner, () -> attachmentService.attach(id, cardId, "/", "text/plain", "메모".getBytes()));
        signedIn.run(owner, () -> attachmentService.attach(id, cardId, "\0", "text/plain", "메모".getBytes()));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).attachments())
                .extracting(CardDetails.Attachment::fileName).containsExactly("file.txt", "file.txt");
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "\0", null,
                "메모".getBytes()))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachment.type"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "보고서.hwp",
                "application/x-hwp", new byte[] {'M', 'Z', 0, 0}))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachment.type"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> attachmentService.attach(id, cardId, "note.txt", "text/plain",
                new byte[] {0, 1, 2, 3}))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("planning.error.attachment.type"));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).attachments()).hasSize(2);
    }

    @Test
    void onlyOrganisationAdministratorsEditTheSharedTemplates() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        TemplateView prep = signedIn.as(owner, () -> templateService.templates(id)).stream()
                .filter(t -> t.code().equals("PREPARATION")).findFirst().orElseThrow();
        TemplateView.Item catering = prep.items().get(5);
        assertThat(catering.title()).isEqualTo("케이터링");
        // Owning an experiment is not enough: the templates are shared by every experiment of the installation.
        for (String notAdministrator : List.of(owner, planner)) {
            assertThatThrownBy(() -> signedIn.run(notAdministrator, () -> templateService.updateTemplateItem(id,
                    catering.id(), catering.version(), "케이터링", catering.description(), "도시락")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signedIn.as(owner, () -> templateService.templates(id)).stream()
                .filter(t -> t.code().equals("PREPARATION")).findFirst().orElseThrow().items().get(5).version())
                .isEqualTo(catering.version());

        long ownerId = accounts.findByEmail(owner).orElseThrow().id();
        signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(ownerId, true));
        try {
            signedIn.run(owner, () -> templateService.updateTemplateItem(id, catering.id(), catering.version(), "케이터링",
                    catering.description(), "식사·다과 준비\n알레르기 확인"));
            List<Long> added = signedIn.as(owner, () -> templateService.addTemplate(id, "PREPARATION", false));
            assertThat(signedIn.as(owner, () -> planning.card(id, added.get(5))).checklist())
                    .extracting(CardDetails.ChecklistLine::text).containsExactly("식사·다과 준비", "알레르기 확인");
        } finally {
            TemplateView.Item now = signedIn.as(owner, () -> templateService.templates(id)).stream()
                    .filter(t -> t.code().equals("PREPARATION")).findFirst().orElseThrow().items().get(5);
            signedIn.run(owner, () -> templateService.updateTemplateItem(id, now.id(), now.version(), catering.title(),
                    catering.description(), catering.checklist()));
            signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(ownerId, false));
        }
    }

    /** The first item of the planning-items template, the one every new experiment's board starts with. */
    TemplateView.Item firstPlanningItem(String as, long experimentId) {
        return signedIn.as(as, () -> templateService.templates(experimentId)).stream()
                .filter(t -> t.code().equals("PLANNING_ITEMS")).findFirst().orElseThrow().items().get(0);
    }

    @Test
    void aTemplateLineLongerThanAChecklistItemIsRefusedAndEachTooLongFieldSaysWhich() {
        String owner = account("김관리");
        long id = experimentOf(owner);
        long ownerId = accounts.findByEmail(owner).orElseThrow().id();
        signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(ownerId, true));
        TemplateView.Item item = firstPlanningItem(owner, id);
        try {
            // One line of 301 characters would become a checklist item longer than its column (300).
            assertThatThrownBy(() -> signedIn.run(owner, () -> templateService.updateTemplateItem(id, item.id(),
                    item.version(), item.title(), item.description(), "짧은 줄\n" + "가".repeat(301))))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("planning.error.checklist.text"));
            // Too long is said as too long, each for its own field.
            assertThatThrownBy(() -> signedIn.run(owner, () -> templateService.updateTemplateItem(id, item.id(),
                    item.version(), "제".repeat(201), item.description(),
                    String.join("\n", java.util.Collections.nCopies(8, "나".repeat(260))))))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("planning.error.title.tooLong", "planning.error.checklist.tooLong"));
            assertThat(firstPlanningItem(owner, id).version()).isEqualTo(item.version());
            // 300 characters a line is the most, and fits.
            signedIn.run(owner, () -> templateService.updateTemplateItem(id, item.id(), item.version(), item.title(),
                    item.description(), item.checklist() + "\n" + "다".repeat(300)));
            long next = experimentOf(owner);
            long firstCard = signedIn.as(owner, () -> planning.board(next)).columns().get(0)
                    .cards().get(0).id();
            assertThat(signedIn.as(owner, () -> planning.card(next, firstCard)).checklist())
                    .extracting(CardDetails.ChecklistLine::text).endsWith("다".repeat(300));
        } finally {
            TemplateView.Item now = firstPlanningItem(owner, id);
            signedIn.run(owner, () -> templateService.updateTemplateItem(id, now.id(), now.version(), item.title(),
                    item.description(), item.checklist()));
            signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(ownerId, false));
        }
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aTemplateLineStoredTooLongBeforeTheRuleIsCutWhenABoardIsSeededInsteadOfFailingEveryNewExperiment() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        TemplateView.Item item = firstPlanningItem(owner, id);
        // Stored before the template refused such lines (or by hand): 400 characters in one line.
        jdbc.update("update planning_template_item set checklist = ? where id = ?",
                item.checklist() + "\n" + "라".repeat(400), item.id());
        try {
            long next = experimentOf(owner);
            long firstCard = signedIn.as(owner, () -> planning.board(next)).columns().get(0)
                    .cards().get(0).id();
            String last = signedIn.as(owner, () -> planning.card(next, firstCard)).checklist().getLast().text();
            assertThat(last).hasSize(300).startsWith("라라라").endsWith("\u2026");
        } finally {
            jdbc.update("update planning_template_item set checklist = ?, version = version + 1 where id = ?",
                    item.checklist(), item.id());
        }
    }

    @Test
    void markdownIsRenderedWithoutAnyScript() {
        String html = Markdown.toSafeHtml("# 목적\n\n**굵게** [링크](https://parti.coop) [x](javascript:alert(1))\n\n"
                + "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"#\" onclick=\"alert(3)\">a</a>");
        assertThat(html).contains("<h1>목적</h1>", "<strong>굵게</strong>", "href=\"https://parti.coop\"");
        var doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe, style")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(el -> assertThat(el.attributes().asList())
                .noneMatch(a -> a.getKey().toLowerCase().startsWith("on")
                        || a.getValue().toLowerCase().contains("javascript:")));
        assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:");
    }
}
