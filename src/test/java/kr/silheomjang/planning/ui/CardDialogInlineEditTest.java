package kr.silheomjang.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.ChecklistService;
import kr.silheomjang.planning.CommentService;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/**
 * Checklist items and one's own comments edited in place in the card dialog, with the same card open for two
 * planners: the other sees the new text at once and keeps what they are typing; a save over a co-planner's newer
 * change is refused in the editor, naming them, keeping the typed text.
 */
class CardDialogInlineEditTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    ChecklistService checklist;
    @Autowired
    CommentService comments;

    /** Owner 김기획 (A) and planner 이준비 (B), both with the card "홍보" open. */
    record Two(long id, long card, String a, String b, BrowserlessUIContext windowA, CardDialog dialogA,
            BrowserlessUIContext windowB, CardDialog dialogB) {
    }

    Two bothOpen() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("보드 실험장")));
        teams.join(a, id, b, MemberRole.PLANNER);
        BrowserlessUIContext windowA = windowOf(a);
        BoardView viewA = windowA.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
        BrowserlessUIContext windowB = windowOf(b);
        BoardView viewB = windowB.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
        long card = viewA.board.columns().stream().flatMap(c -> c.cards().stream())
                .filter(c -> c.title().equals("홍보")).map(CardSummary::id).findFirst().orElseThrow();
        in(windowA);
        viewA.openCard(card);
        CardDialog dialogA = opened(windowA, CardDialog.class);
        in(windowB);
        viewB.openCard(card);
        CardDialog dialogB = opened(windowB, CardDialog.class);
        return new Two(id, card, a, b, windowA, dialogA, windowB, dialogB);
    }

    /** The checklist texts a dialog shows (an item being edited shows as its editor's text in brackets). */
    static List<String> items(CardDialog dialog) {
        return dialog.activity.checklist.getChildren().map(CardDialogInlineEditTest::itemText).toList();
    }

    static String itemText(Component row) {
        if (row instanceof InlineEdit edit) {
            return "[" + edit.text() + "]";
        }
        return ((Checkbox) ((HorizontalLayout) row).getComponentAt(0)).getLabel();
    }

    /** Types into an editor's field as a user does (a checklist line's text field or a comment's text area). */
    static void type(BrowserlessUIContext window, InlineEdit edit, String text) {
        in(window);
        if (edit.field instanceof com.vaadin.flow.component.textfield.TextField line) {
            window.test(line).setValue(text);
        } else {
            window.test((com.vaadin.flow.component.textfield.TextArea) edit.field).setValue(text);
        }
    }

    CardDetails card(Two t) {
        return signedIn.as(t.a(), () -> planning.card(t.id(), t.card()));
    }

    @Test
    void anItemEditedByOnePlannerChangesInTheOthersOpenDialogWhichKeepsWhatIsTyped() {
        Two t = bothOpen();
        List<CardDetails.ChecklistLine> lines = card(t).checklist();
        long first = lines.get(0).id();
        long second = lines.get(1).id();
        // A is typing a new item, a comment, and a fix of the second item.
        in(t.windowA()).test(t.dialogA().activity.newItem).setValue("A가 쓰는 새 항목");
        in(t.windowA()).test(t.dialogA().newComment).setValue("A의 댓글 초안");
        in(t.windowA()).test(t.dialogA().activity.itemEditButtons.get(second)).click();
        InlineEdit editingA = t.dialogA().activity.itemEdits.get(second);
        type(t.windowA(), editingA, "A가 고치는 중");
        // The editor's element in the browser, which has the focus and the keystrokes on their way.
        int element = editingA.field.getElement().getNode().getId();
        // An unchanged line is kept as it is (a keyboard user's focus on it stays).
        Component third = t.dialogA().activity.checklist.getChildren().toList().get(2);

        // B fixes the first item: the edit button names it, the field takes the new text, 저장 saves it.
        var editButton = t.dialogB().activity.itemEditButtons.get(first);
        assertThat(editButton.getAriaLabel().orElseThrow()).contains("체크리스트 항목 " + lines.get(0).text() + " 고치기");
        in(t.windowB()).test(editButton).click();
        InlineEdit editB = t.dialogB().activity.itemEdits.get(first);
        assertThat(editB.field.getValue()).isEqualTo(lines.get(0).text());
        assertThat(editB.field.getAriaLabel().orElseThrow()).contains(lines.get(0).text());
        type(t.windowB(), editB, "보도자료 배포 (이준비 고침)");
        in(t.windowB()).test(editB.save).click();
        assertThat(t.dialogB().activity.itemEdits).isEmpty();
        assertThat(items(t.dialogB())).first().isEqualTo("보도자료 배포 (이준비 고침)");

        await(t.windowA(), () -> items(t.dialogA()).get(0).equals("보도자료 배포 (이준비 고침)"));
        // What A types stays: the new item, the comment, and the editor itself, the very same component.
        assertThat(t.dialogA().activity.newItem.getValue()).isEqualTo("A가 쓰는 새 항목");
        assertThat(t.dialogA().newComment.getValue()).isEqualTo("A의 댓글 초안");
        assertThat(t.dialogA().activity.checklist.getChildren().toList().get(1)).isSameAs(editingA);
        assertThat(editingA.text()).isEqualTo("A가 고치는 중");
        assertThat(editingA.field.getElement().getNode().getId()).isEqualTo(element);
        assertThat(t.dialogA().activity.checklist.getChildren().toList().get(2)).isSameAs(third);
        assertThat(t.dialogA().activity.history.getElement().getTextRecursively())
                .contains("이준비님이 체크리스트 항목을 고쳤습니다: " + lines.get(0).text() + " → 보도자료 배포 (이준비 고침)");
    }

    @Test
    void aSaveOverACoPlannersNewerEditIsRefusedNamingThemAndKeepsTheTextThenASecondSaveGoesThrough() {
        Two t = bothOpen();
        long first = card(t).checklist().get(0).id();
        in(t.windowA()).test(t.dialogA().activity.itemEditButtons.get(first)).click();
        InlineEdit editA = t.dialogA().activity.itemEdits.get(first);
        type(t.windowA(), editA, "김기획의 문구");

        CardDetails.ChecklistLine seen = card(t).checklist().get(0);
        signedIn.run(t.b(), () -> checklist.editChecklistItem(t.id(), t.card(), first, seen.version(), "이준비의 문구"));
        // The live update reaches A's dialog: the editor stays, the very same component, with A's text.
        settle(t.windowA());
        assertThat(t.dialogA().activity.checklist.getChildren().findFirst().orElseThrow()).isSameAs(editA);
        assertThat(editA.text()).isEqualTo("김기획의 문구");

        in(t.windowA()).test(editA.save).click();
        assertThat(card(t).checklist().get(0).text()).as("never a silent overwrite").isEqualTo("이준비의 문구");
        assertThat(editA.note.isVisible()).isTrue();
        assertThat(editA.note.getText()).contains("이준비님이").contains("“이준비의 문구”")
                .contains("입력하신 내용은 그대로 두었습니다");
        assertThat(editA.text()).isEqualTo("김기획의 문구");

        // Told and shown: saving again is a conscious overwrite.
        in(t.windowA()).test(editA.save).click();
        assertThat(card(t).checklist().get(0).text()).isEqualTo("김기획의 문구");
        assertThat(t.dialogA().activity.itemEdits).isEmpty();
    }

    @Test
    void anItemRemovedWhileBeingEditedStaysWithTheTextAndEmptyTextIsRefusedInTheField() {
        Two t = bothOpen();
        List<CardDetails.ChecklistLine> lines = card(t).checklist();
        long first = lines.get(0).id();
        in(t.windowA()).test(t.dialogA().activity.itemEditButtons.get(first)).click();
        InlineEdit editA = t.dialogA().activity.itemEdits.get(first);
        type(t.windowA(), editA, "  ");
        in(t.windowA()).test(editA.save).click();
        assertThat(editA.field.isInvalid()).isTrue();
        assertThat(editA.field.getErrorMessage()).isEqualTo("체크리스트 항목은 1~300자로 쓰세요.");
        assertThat(card(t).checklist().get(0).text()).isEqualTo(lines.get(0).text());

        type(t.windowA(), editA, "지워질 항목의 새 문구");
        signedIn.run(t.b(), () -> checklist.removeChecklistItem(t.id(), t.card(), first));
        await(t.windowA(), () -> editA.note.isVisible());
        assertThat(editA.note.getText()).contains("방금 지웠습니다");
        assertThat(editA.save.isVisible()).isFalse();
        assertThat(editA.text()).isEqualTo("지워질 항목의 새 문구");
        assertThat(items(t.dialogA())).last().isEqualTo("[지워질 항목의 새 문구]");

        in(t.windowA()).test(editA.cancel).click();
        assertThat(t.dialogA().activity.itemEdits).isEmpty();
        assertThat(items(t.dialogA())).hasSize(lines.size() - 1).noneMatch(s -> s.startsWith("["));
    }

    @Test
    void onlyTheAuthorIsOfferedToEditACommentAndTheOthersSeeItEditedLive() {
        Two t = bothOpen();
        long mine = signedIn.as(t.a(), () -> comments.comment(t.id(), t.card(), "현수막은 두 장"));
        signedIn.run(t.b(), () -> comments.comment(t.id(), t.card(), "확인했습니다"));
        await(t.windowA(), () -> t.dialogA().comments.getChildren().count() == 2);
        await(t.windowB(), () -> t.dialogB().comments.getChildren().count() == 2);
        // One edit button each, on one's own comment only, naming it.
        assertThat(t.dialogA().activity.commentEditButtons).containsOnlyKeys(mine);
        assertThat(t.dialogB().activity.commentEditButtons).doesNotContainKey(mine).hasSize(1);
        assertThat(t.dialogA().activity.commentEditButtons.get(mine).getAriaLabel().orElseThrow())
                .isEqualTo("내 댓글 “현수막은 두 장” 고치기");

        in(t.windowB()).test(t.dialogB().newComment).setValue("B가 쓰는 중");
        in(t.windowA()).test(t.dialogA().activity.commentEditButtons.get(mine)).click();
        InlineEdit edit = t.dialogA().activity.commentEdits.get(mine);
        assertThat(edit.field.getValue()).isEqualTo("현수막은 두 장");
        type(t.windowA(), edit, "현수막은 세 장");
        in(t.windowA()).test(edit.save).click();
        assertThat(t.dialogA().comments.getElement().getTextRecursively()).contains("현수막은 세 장")
                .contains("(수정됨)");

        await(t.windowB(), () -> t.dialogB().comments.getElement().getTextRecursively().contains("현수막은 세 장"));
        String shownToB = t.dialogB().comments.getChildren().findFirst().orElseThrow().getElement()
                .getTextRecursively();
        assertThat(shownToB).contains("김기획").contains("(수정됨)");
        assertThat(t.dialogB().newComment.getValue()).isEqualTo("B가 쓰는 중");
    }

    /**
     * A's open editor of an item learns live when B saves a new text for it: a word under the field, naming B, the
     * typed text and the editor kept; the save still checks and is refused. B's tick says nothing and refuses nothing.
     */
    @Test
    void anOpenItemEditorIsToldWhenACoPlannerChangesItsTextButNotWhenTheyTickIt() {
        Two t = bothOpen();
        List<CardDetails.ChecklistLine> lines = card(t).checklist();
        long first = lines.get(0).id();
        long second = lines.get(1).id();
        in(t.windowA()).test(t.dialogA().activity.itemEditButtons.get(first)).click();
        InlineEdit editA = t.dialogA().activity.itemEdits.get(first);
        type(t.windowA(), editA, "김기획의 문구");
        in(t.windowA()).test(t.dialogA().activity.itemEditButtons.get(second)).click();
        InlineEdit editA2 = t.dialogA().activity.itemEdits.get(second);
        type(t.windowA(), editA2, "두 번째 항목 고침");

        // B ticks both: nothing to say, and the second's text save goes through over the tick.
        signedIn.run(t.b(), () -> checklist.tick(t.id(), t.card(), first, true));
        signedIn.run(t.b(), () -> checklist.tick(t.id(), t.card(), second, true));
        await(t.windowA(), () -> t.dialogA().activity.progress.getValue() > 0);
        settle(t.windowA());
        assertThat(editA.meanwhile.isVisible()).isFalse();
        assertThat(editA2.meanwhile.isVisible()).isFalse();
        in(t.windowA()).test(editA2.save).click();
        assertThat(card(t).checklist().get(1)).satisfies(l -> {
            assertThat(l.text()).isEqualTo("두 번째 항목 고침");
            assertThat(l.done()).isTrue();
        });

        // B changes the first one's text: A's editor says so at once, keeps the text, stays the same component.
        long version = card(t).checklist().get(0).version();
        signedIn.run(t.b(), () -> checklist.editChecklistItem(t.id(), t.card(), first, version, "이준비의 문구"));
        await(t.windowA(), () -> editA.meanwhile.isVisible());
        assertThat(editA.meanwhile.getText()).isEqualTo("이준비님이 방금 고쳤습니다 — 저장하면 확인합니다. 입력하신 내용은 그대로 있습니다.");
        assertThat(editA.meanwhile.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(editA.text()).isEqualTo("김기획의 문구");
        assertThat(editA.note.isVisible()).isFalse();
        assertThat(t.dialogA().activity.checklist.getChildren().findFirst().orElseThrow()).isSameAs(editA);

        // The save still checks: refused, naming B, with what is saved now; the word under the field gives way.
        in(t.windowA()).test(editA.save).click();
        assertThat(card(t).checklist().get(0).text()).isEqualTo("이준비의 문구");
        assertThat(editA.note.getText()).contains("이준비님이").contains("“이준비의 문구”");
        assertThat(editA.meanwhile.isVisible()).isFalse();
        assertThat(editA.text()).isEqualTo("김기획의 문구");
    }

    /** An open editor of one's own comment learns live when it is saved anew elsewhere (the author's other tab). */
    @Test
    void anOpenCommentEditorIsToldWhenTheCommentIsSavedAnewElsewhere() {
        Two t = bothOpen();
        long mine = signedIn.as(t.a(), () -> comments.comment(t.id(), t.card(), "현수막은 두 장"));
        await(t.windowA(), () -> t.dialogA().activity.commentEditButtons.containsKey(mine));
        in(t.windowA()).test(t.dialogA().activity.commentEditButtons.get(mine)).click();
        InlineEdit edit = t.dialogA().activity.commentEdits.get(mine);
        type(t.windowA(), edit, "현수막은 세 장");
        long version = card(t).comments().get(0).version();
        signedIn.run(t.a(), () -> comments.editComment(t.id(), t.card(), mine, version, "현수막은 네 장"));
        await(t.windowA(), () -> edit.meanwhile.isVisible());
        assertThat(edit.meanwhile.getText()).startsWith("김기획님이 방금 고쳤습니다");
        assertThat(edit.text()).isEqualTo("현수막은 세 장");
    }

    /**
     * B deletes B's own comment, asked first; A (the owner) has the card open, editing A's own comment and typing a new
     * one: B's comment goes from A's dialog, A's editor and typing stay as they are. The history says it, no text.
     */
    @Test
    void aPlannerDeletesTheirOwnCommentAfterAQuestionAndTheOwnersOpenCardLosesItLive() {
        Two t = bothOpen();
        long theirs = signedIn.as(t.b(), () -> comments.comment(t.id(), t.card(), "명단은 제가 정리할게요"));
        long mine = signedIn.as(t.a(), () -> comments.comment(t.id(), t.card(), "현수막은 두 장"));
        await(t.windowA(), () -> t.dialogA().comments.getChildren().count() == 2);
        await(t.windowB(), () -> t.dialogB().comments.getChildren().count() == 2);
        // B may delete B's own only; A, the owner, any.
        assertThat(t.dialogB().activity.commentDeleteButtons).containsOnlyKeys(theirs);
        assertThat(t.dialogA().activity.commentDeleteButtons).containsOnlyKeys(theirs, mine);
        assertThat(t.dialogB().activity.commentDeleteButtons.get(theirs).getAriaLabel().orElseThrow())
                .isEqualTo("내 댓글 “명단은 제가 정리할게요” 지우기");
        assertThat(t.dialogA().activity.commentDeleteButtons.get(theirs).getAriaLabel().orElseThrow())
                .isEqualTo("이준비님의 댓글 “명단은 제가 정리할게요” 지우기");

        in(t.windowA()).test(t.dialogA().newComment).setValue("A가 쓰는 새 댓글");
        in(t.windowA()).test(t.dialogA().activity.commentEditButtons.get(mine)).click();
        InlineEdit editA = t.dialogA().activity.commentEdits.get(mine);
        type(t.windowA(), editA, "현수막은 세 장");
        int element = editA.field.getElement().getNode().getId();

        // Asked first; keeping it changes nothing.
        in(t.windowB()).test(t.dialogB().activity.commentDeleteButtons.get(theirs)).click();
        var question = t.windowB().find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .withId("comment-delete-question").single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("댓글을 지울까요?");
        assertThat(question.getElement().getProperty("message")).contains("“명단은 제가 정리할게요”")
                .contains("되돌릴 수 없습니다");
        answerQuestion(t.windowB(), "comment-delete-keep", false);
        assertThat(card(t).comments()).hasSize(2);

        in(t.windowB()).test(t.dialogB().activity.commentDeleteButtons.get(theirs)).click();
        answerQuestion(t.windowB(), "comment-delete-keep", true);
        assertThat(card(t).comments()).extracting(CardDetails.Comment::id).containsExactly(mine);
        assertThat(t.dialogB().comments.getElement().getTextRecursively()).doesNotContain("명단은 제가 정리할게요");
        assertThat(t.dialogB().activity.history.getElement().getTextRecursively())
                .contains("이준비님이 자기 댓글을 지웠습니다").doesNotContain("명단은 제가");

        await(t.windowA(), () -> !t.dialogA().comments.getElement().getTextRecursively().contains("명단은 제가"));
        assertThat(t.dialogA().comments.getChildren().toList()).containsExactly(editA);
        assertThat(editA.text()).isEqualTo("현수막은 세 장");
        assertThat(editA.field.getElement().getNode().getId()).isEqualTo(element);
        assertThat(editA.meanwhile.isVisible()).isFalse();
        assertThat(t.dialogA().newComment.getValue()).isEqualTo("A가 쓰는 새 댓글");
    }

    /**
     * The owner deletes a planner's comment (moderation), over the version shown when asked: the planner's edit while
     * the question was open refuses it, naming them, and shows the new text; asked again, it goes.
     */
    @Test
    void theOwnerDeletesAPlannersCommentButNotOneEditedWhileTheQuestionWasOpen() {
        Two t = bothOpen();
        long theirs = signedIn.as(t.b(), () -> comments.comment(t.id(), t.card(), "강사님 연락처는 따로 드릴게요"));
        await(t.windowA(), () -> t.dialogA().activity.commentDeleteButtons.containsKey(theirs));
        assertThat(t.dialogA().activity.commentEditButtons).doesNotContainKey(theirs);

        in(t.windowA()).test(t.dialogA().activity.commentDeleteButtons.get(theirs)).click();
        var question = t.windowA().find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .withId("comment-delete-question").single();
        assertThat(question.getElement().getProperty("header")).isEqualTo("다른 사람의 댓글을 지울까요?");
        assertThat(question.getElement().getProperty("message")).contains("이준비님이 쓴 댓글");
        long version = card(t).comments().get(0).version();
        signedIn.run(t.b(), () -> comments.editComment(t.id(), t.card(), theirs, version, "강사님 연락처 공유 완료"));
        answerQuestion(t.windowA(), "comment-delete-keep", true);
        assertThat(card(t).comments()).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("강사님 연락처 공유 완료"));
        assertThat(notificationTexts(t.windowA())).contains("이준비님이").contains("댓글은 지우지 않았습니다");
        assertThat(t.dialogA().comments.getElement().getTextRecursively()).contains("강사님 연락처 공유 완료");

        in(t.windowA()).test(t.dialogA().activity.commentDeleteButtons.get(theirs)).click();
        answerQuestion(t.windowA(), "comment-delete-keep", true);
        assertThat(card(t).comments()).isEmpty();
        assertThat(t.dialogA().activity.history.getElement().getTextRecursively())
                .contains("김기획님이 이준비님의 댓글을 지웠습니다");
        await(t.windowB(), () -> t.dialogB().comments.getChildren().count() == 0);
    }
}
