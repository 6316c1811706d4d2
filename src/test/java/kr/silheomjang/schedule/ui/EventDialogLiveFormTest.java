package kr.silheomjang.schedule.ui;

import static kr.silheomjang.support.Typing.keepMine;
import static kr.silheomjang.support.Typing.note;
import static kr.silheomjang.support.Typing.typeWithoutLeaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.ui.ExperimentSection;

/** Issue 18 in the event dialog: B's typing survives A's save of the same field; B decides before saving. */
class EventDialogLiveFormTest extends BrowserlessSupport {

    static final LocalDate MARCH_3 = LocalDate.of(2027, 3, 3);

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScheduleService schedule;

    /** Owner A, planner B, one event of their experiment. */
    record Team(String a, String b, long id, long eventId) {
    }

    Team team() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("서울역 야학")));
        teams.join(a, id, b, MemberRole.PLANNER);
        long eventId = signedIn.as(a, () -> schedule.create(id,
                EventDraft.allDay("장소 답사", EventType.MILESTONE, MARCH_3)));
        return new Team(a, b, id, eventId);
    }

    static EventDialog openEvent(BrowserlessUIContext window, Team t) {
        ScheduleView view = window.navigate(ScheduleView.class,
                Map.of(ExperimentSection.PARAM, String.valueOf(t.id())));
        view.openExisting(t.eventId());
        return opened(window, EventDialog.class);
    }

    @Test
    void whatBIsTypingSurvivesASaveOfTheSameFieldAndBDecidesBeforeSaving() {
        Team t = team();
        String a = t.a();
        long id = t.id();
        long eventId = t.eventId();
        BrowserlessUIContext windowA = windowOf(a);
        EventDialog dialogA = openEvent(windowA, t);
        BrowserlessUIContext windowB = windowOf(t.b());
        EventDialog dialogB = openEvent(windowB, t);

        typeWithoutLeaving(windowB, dialogB.place, "서울역 2층 회의실");
        await(windowA, () -> dialogA.form.inField("place").contains("이준비"));

        // A saves the same field (and another one) through the dialog.
        in(windowA).test(dialogA.place).setValue("서울역 광장");
        in(windowA).test(dialogA.notes).setValue("우천 시 실내");
        in(windowA).test(dialogA.save).click();
        assertThat(dialogA.isOpened()).isFalse();

        await(windowB, () -> dialogB.form.marked().contains("place"));
        assertThat(dialogB.place.getValue()).isEqualTo("서울역 2층 회의실");
        assertThat(note(dialogB.form, "place")).contains("김기획님이 바꾼 값: 서울역 광장");
        assertThat(dialogB.notes.getValue()).isEqualTo("우천 시 실내");

        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isTrue();
        assertThat(dialogB.errors.getElement().getTextRecursively()).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(a, () -> schedule.get(id, eventId)).place()).isEqualTo("서울역 광장");

        keepMine(windowB, dialogB.form, "place");
        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isFalse();
        EventView stored = signedIn.as(a, () -> schedule.get(id, eventId));
        assertThat(stored.place()).isEqualTo("서울역 2층 회의실");
        assertThat(stored.notes()).isEqualTo("우천 시 실내");
    }

    @Test
    void anEventDeletedWhileBTypesInItsDialogLeavesTheDialogOpenWithBsTextAndOnlyClosing() {
        Team t = team();
        String a = t.a();
        long id = t.id();
        long eventId = t.eventId();
        BrowserlessUIContext windowB = windowOf(t.b());
        EventDialog dialogB = openEvent(windowB, t);
        typeWithoutLeaving(windowB, dialogB.notes, "답사 때 챙길 것: 줄자, 사진기");

        long version = signedIn.as(a, () -> schedule.get(id, eventId)).version();
        signedIn.run(a, () -> schedule.delete(id, eventId, version));

        await(windowB, () -> dialogB.errors.isVisible());
        assertThat(dialogB.isOpened()).as("B's notes are not thrown away").isTrue();
        assertThat(dialogB.errors.getElement().getTextRecursively()).contains("방금 다른 사람이 이 항목을 삭제했습니다");
        assertThat(dialogB.notes.getValue()).isEqualTo("답사 때 챙길 것: 줄자, 사진기");
        assertThat(dialogB.notes.isReadOnly()).isFalse();
        assertThat(dialogB.save.isVisible()).isFalse();
        assertThat(dialogB.delete.isVisible()).isFalse();
        // Moving it a day or a week, or to a date, would write too; its .ics is gone with it.
        assertThat(dialogB.getChildren().filter(c -> c instanceof EventMoveRow || c.getId().orElse("")
                .equals("event-download"))).hasSize(2).noneMatch(com.vaadin.flow.component.Component::isVisible);
    }
}
