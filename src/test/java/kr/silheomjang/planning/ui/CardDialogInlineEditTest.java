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
}
