package kr.silheomjang.runsheet.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueSheet;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.RunDay;
import kr.silheomjang.runsheet.RunsheetLive;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;

/**
 * The run day on a phone: the current and the next segment by the clock (Asia/Seoul; a started mark wins over the
 * clock), then the whole day. Owners and planners mark segments started and finished; a partner guest marks the
 * segments they lead through a staff-roster line linked to their account, and is told so; other guests follow, told
 * who marks (decision note 0067). Every open phone follows live, also a change of the roster's links (the buttons come
 * and go). The page looks at the clock every 30 s, so the highlight moves on without anyone acting.
 */
@Route("experiments/:experimentId/today")
@PermitAll
@StyleSheet("css/runsheet.css")
public class RunDayView extends ExperimentPage {

    static final int POLL_MS = 30_000;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final CueSheetService service;
    private final Clock clock;
    final Paragraph now = new Paragraph();
    /** For partner guests: who marks (the team; or the guest too, on the segments they lead). */
    final Paragraph marksNote = new Paragraph();
    final Div current = new Div();
    final Div next = new Div();
    final Div list = new Div();
    final H2 all = new H2();
    /** One card per segment id, in run order (for tests and for redrawing in place). */
    final Map<Long, RunDayCard> cards = new LinkedHashMap<>();
    CueSheet sheet;
    RunDay day;
    private Registration poll;

    public RunDayView(ExperimentPageSupport support, CueSheetService service, Clock clock) {
        // EXPERIMENT: whether today is the event day follows the experiment's date. STAFF: a roster line linked to
        // this guest (or unlinked) gives or takes the marks of the segments it leads.
        super(support, "runsheet.today.nav", "today", RunsheetLive.CUES, WorkspaceLive.EXPERIMENT, PeopleLive.STAFF);
        this.service = service;
        this.clock = clock;
        addClassName("runday-view");
        now.setId("run-now");
        now.addClassName("run-now");
        current.setId("run-current");
        current.addClassName("run-focus");
        next.setId("run-next");
        next.addClassName("run-focus");
        marksNote.setId("run-marks-note");
        marksNote.addClassName("run-marks-note");
        marksNote.setVisible(false);
        list.setId("run-list");
        list.addClassName("run-list");
        all.addClassName("run-all");
        add(now, marksNote, current, next, all, list);
    }

    @Override
    protected void load(long experimentId) {
        sheet = service.sheet(experimentId);
        marksNote.setText(getTranslation(sheet.marksOwnSegments() ? "runsheet.today.marksOwn"
                : "runsheet.today.marksByEditors"));
        marksNote.setVisible(!sheet.editor());
        cards.clear();
        list.removeAll();
        for (CueRow c : sheet.cues()) {
            RunDayCard card = new RunDayCard(c, sheet.mayMark(c), this::mark);
            cards.put(c.id(), card);
            list.add(card);
        }
        showClock();
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        load(experimentId());
    }

    /** Moves the highlight to what the clock says now (no database read: the sheet is as last heard). */
    void showClock() {
        if (sheet == null) {
            return;
        }
        day = RunDay.at(sheet, clock.instant(), Application.ZONE);
        LocalDateTime t = LocalDateTime.now(clock.withZone(Application.ZONE));
        now.setText(day.onDay() ? getTranslation("runsheet.today.now", t.format(HM))
                : sheet.day() == null ? getTranslation("runsheet.summary.noDay")
                : getTranslation(sheet.editor() || sheet.marksOwnSegments() ? "runsheet.today.notToday"
                        : "runsheet.today.notTodayFollow",
                        Formats.date(sheet.day(), getLocale())));
        // "오늘 전체 순서" only on the run day; before or after it the list is that day's, not today's.
        all.setText(getTranslation(day.onDay() ? "runsheet.today.all" : "runsheet.today.allOfTheDay"));
        focus(current, day.current(), "runsheet.today.current", "runsheet.today.noCurrent");
        focus(next, day.next(), "runsheet.today.next", "runsheet.today.noNext");
        if (day.current() != null && day.lateMinutes() != 0) {
            Paragraph late = new Paragraph(getTranslation(day.lateMinutes() > 0 ? "runsheet.today.late"
                    : "runsheet.today.early", Math.abs(day.lateMinutes())));
            late.addClassName("run-late");
            current.add(late);
        }
        cards.values().forEach(c -> c.highlight(day.isCurrent(c.cue()), day.isNext(c.cue())));
    }

    private void focus(Div box, CueRow cue, String labelKey, String emptyKey) {
        box.removeAll();
        Paragraph label = new Paragraph(getTranslation(labelKey));
        label.addClassName("run-focus-label");
        box.add(label);
        if (cue == null) {
            box.add(new Paragraph(getTranslation(emptyKey)));
            return;
        }
        box.add(new RunDayCard(cue, sheet.mayMark(cue), this::mark));
    }

    private void mark(CueRow cue, String what) {
        run(() -> {
            switch (what) {
                case "start" -> service.markStarted(experimentId(), cue.id(), cue.version());
                case "finish" -> service.markFinished(experimentId(), cue.id(), cue.version());
                default -> service.clearMarks(experimentId(), cue.id(), cue.version());
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(POLL_MS);
        poll = event.getUI().addPollListener(e -> showClock());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
