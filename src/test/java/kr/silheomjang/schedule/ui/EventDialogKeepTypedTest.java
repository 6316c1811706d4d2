package kr.silheomjang.schedule.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.ui.ExperimentSection;

/** The event dialog asks before Esc throws away what was typed (ui.KeepTyped); the day it opened on is no typing. */
class EventDialogKeepTypedTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    ScheduleService schedule;

    @Test
    void escapeAsksOnlyAboutWhatWasTypedAndNotSaved() {
        String a = newAccount("김기획");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("서울역 야학")));
        long eventId = signedIn.as(a, () -> schedule.create(id,
                EventDraft.allDay("장소 답사", EventType.MILESTONE, LocalDate.of(2027, 3, 3))));
        BrowserlessUIContext window = windowOf(a);
        ScheduleView view = window.navigate(ScheduleView.class,
                Map.of(ExperimentSection.PARAM, String.valueOf(id)));

        // A new event starts on the day and hour clicked, as a 회의: that is no typing.
        view.openNew(LocalDate.of(2027, 3, 4), LocalTime.of(15, 0));
        escapeClosesAtOnce(window, opened(window, EventDialog.class));
        view.openNew(LocalDate.of(2027, 3, 4), LocalTime.of(15, 0));
        EventDialog created = opened(window, EventDialog.class);
        in(window).test(created.title).setValue("역장님 면담");
        escapeAsksBeforeDiscarding(window, created, created.title, "역장님 면담");

        view.openExisting(eventId);
        escapeClosesAtOnce(window, opened(window, EventDialog.class));
        view.openExisting(eventId);
        EventDialog edited = opened(window, EventDialog.class);
        in(window).test(edited.notes).setValue("열쇠는 역무실에서");
        escapeAsksBeforeDiscarding(window, edited, edited.notes, "열쇠는 역무실에서");
    }
}
