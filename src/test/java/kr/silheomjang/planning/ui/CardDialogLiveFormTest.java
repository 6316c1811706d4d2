package kr.silheomjang.planning.ui;

import static kr.silheomjang.support.Typing.keepMine;
import static kr.silheomjang.support.Typing.leave;
import static kr.silheomjang.support.Typing.note;
import static kr.silheomjang.support.Typing.takeTheirs;
import static kr.silheomjang.support.Typing.typeWithoutLeaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Issue 18 in the card dialog: what B is typing survives A's save of the same field; B decides before saving. */
class CardDialogLiveFormTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;

    record Two(long id, long card, BrowserlessUIContext windowA, CardDialog dialogA, BrowserlessUIContext windowB,
            CardDialog dialogB, String a) {
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
        return new Two(id, card, windowA, dialogA, windowB, dialogB, a);
    }

    @Test
    void whatBIsTypingSurvivesASaveOfTheSameFieldAndBDecidesBeforeSaving() {
        Two t = bothOpen();
        typeWithoutLeaving(t.windowB(), t.dialogB().description, "B가 쓰는 중인 문장");
        // A sees B in the description field, and B in the form's header.
        await(t.windowA(), () -> t.dialogA().form.inField("description").contains("이준비"));
        assertThat(t.dialogA().form.others().getElement().getText()).contains("이준비").contains("설명");

        in(t.windowA()).test(t.dialogA().description).setValue("A가 저장한 설명");
        in(t.windowA()).test(t.dialogA().title).setValue("홍보 (포스터)");
        in(t.windowA()).test(t.dialogA().save).click();

        await(t.windowB(), () -> t.dialogB().form.marked().contains("description"));
        // B's text survives; B sees who changed it and to what; the untouched title followed silently.
        assertThat(t.dialogB().description.getValue()).isEqualTo("B가 쓰는 중인 문장");
        assertThat(note(t.dialogB().form, "description")).contains("김기획님이 바꾼 값: A가 저장한 설명")
                .contains("그 값 사용").contains("내 값 유지");
        assertThat(t.dialogB().description.hasClassName("live-form-changed")).isTrue();
        assertThat(t.dialogB().title.getValue()).isEqualTo("홍보 (포스터)");
        assertThat(t.dialogB().form.marked()).containsExactly("description");

        // B's save is refused with the conflict message until B chooses.
        in(t.windowB()).test(t.dialogB().save).click();
        assertThat(t.dialogB().conflictBox.isVisible()).isTrue();
        assertThat(t.dialogB().conflictBox.getText()).contains("김기획님이").contains("내 값 유지");
        assertThat(t.dialogB().description.getValue()).isEqualTo("B가 쓰는 중인 문장");
        in(t.windowB()).test(t.dialogB().save).click();
        assertThat(signedIn.as(t.a(), () -> planning.card(t.id(), t.card())).description())
                .isEqualTo("A가 저장한 설명");

        keepMine(t.windowB(), t.dialogB().form, "description");
        assertThat(t.dialogB().conflictBox.isVisible()).isFalse();
        in(t.windowB()).test(t.dialogB().save).click();
        var stored = signedIn.as(t.a(), () -> planning.card(t.id(), t.card()));
        assertThat(stored.description()).isEqualTo("B가 쓰는 중인 문장");
        assertThat(stored.title()).isEqualTo("홍보 (포스터)");
    }

    @Test
    void takingTheirValueReplacesTheTextAndTheSaveKeepsTheirs() {
        Two t = bothOpen();
        typeWithoutLeaving(t.windowB(), t.dialogB().title, "홍보 (B안)");
        in(t.windowA()).test(t.dialogA().title).setValue("홍보 (A안)");
        in(t.windowA()).test(t.dialogA().save).click();
        await(t.windowB(), () -> t.dialogB().form.marked().contains("title"));
        assertThat(t.dialogB().title.getValue()).isEqualTo("홍보 (B안)");

        takeTheirs(t.windowB(), t.dialogB().form, "title");
        assertThat(t.dialogB().title.getValue()).isEqualTo("홍보 (A안)");
        in(t.windowB()).test(t.dialogB().description).setValue("설명 추가");
        in(t.windowB()).test(t.dialogB().save).click();
        var stored = signedIn.as(t.a(), () -> planning.card(t.id(), t.card()));
        assertThat(stored.title()).isEqualTo("홍보 (A안)");
        assertThat(stored.description()).isEqualTo("설명 추가");
    }

    @Test
    void aFieldOnlyClickedIntoTakesTheNewValueWhenLeftAndUntouchedFieldsFollowSilently() {
        Two t = bothOpen();
        typeWithoutLeaving(t.windowB(), t.dialogB().labels, t.dialogB().labels.getValue());
        in(t.windowA()).test(t.dialogA().labels).setValue("홍보, 포스터");
        in(t.windowA()).test(t.dialogA().description).setValue("새 설명");
        in(t.windowA()).test(t.dialogA().save).click();
        await(t.windowB(), () -> t.dialogB().description.getValue().equals("새 설명"));
        // B is still in the labels field: it is not overwritten while B is in it...
        assertThat(t.dialogB().form.marked()).containsExactly("labels");
        // ...and B typed nothing there, so leaving it takes A's value without asking.
        leave(t.windowB(), t.dialogB().labels);
        assertThat(t.dialogB().labels.getValue()).isEqualTo("포스터, 홍보");
        assertThat(t.dialogB().form.marked()).isEmpty();
    }

    @Test
    void aSaveRacingTheLiveUpdateIsToldAndMarksTheFieldTheSameWay() {
        Two t = bothOpen();
        in(t.windowB()).test(t.dialogB().title).setValue("홍보 (B안)");
        // A saves through the service; B clicks save before B's window heard of it.
        long version = signedIn.as(t.a(), () -> planning.card(t.id(), t.card())).version();
        signedIn.run(t.a(), () -> planning.updateCard(t.id(), t.card(), version,
                new kr.silheomjang.planning.CardDraft("홍보 (A안)", "", null, null, null, null)));
        t.windowB().activate();
        t.dialogB().save();
        assertThat(t.dialogB().conflictBox.getText()).contains("김기획님이");
        assertThat(t.dialogB().form.marked()).containsExactly("title");
        assertThat(t.dialogB().title.getValue()).isEqualTo("홍보 (B안)");
        keepMine(t.windowB(), t.dialogB().form, "title");
        in(t.windowB()).test(t.dialogB().save).click();
        assertThat(signedIn.as(t.a(), () -> planning.card(t.id(), t.card())).title()).isEqualTo("홍보 (B안)");
    }
}
