package kr.silheomjang.runsheet.ui;

import static kr.silheomjang.support.Typing.keepMine;
import static kr.silheomjang.support.Typing.note;
import static kr.silheomjang.support.Typing.typeWithoutLeaving;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.notification.Notification;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.StaffDraft;
import kr.silheomjang.people.StaffRosterService;
import kr.silheomjang.runsheet.CueDraft;
import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.CueState;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** The cue sheet in two planners' windows, the run-day view of a partner guest in charge, and the print sheets. */
class CueSheetViewTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    CueSheetService cues;
    @Autowired
    StaffRosterService roster;
    @Autowired
    java.time.Clock clock;

    record Team(String a, String b, long id) {
    }

    Team team() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("큐시트 실험장")));
        teams.join(a, id, b, MemberRole.PLANNER);
        return new Team(a, b, id);
    }

    static <T extends com.vaadin.flow.component.Component> T open(BrowserlessUIContext window, Class<T> view,
            long id) {
        return window.navigate(view, Map.of("experimentId", String.valueOf(id)));
    }

    static List<String> spans(CueSheetView view) {
        return view.shownRows().stream().map(CueRow::span).toList();
    }

    static String notices(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return window.find(Notification.class).all().stream().map(n -> n.getElement().getProperty("text"))
                .reduce("", (x, y) -> x + "\n" + y);
    }

    /**
     * QA (English UI): the guide's program was written in Korean whoever applied it, and the start time read "오후 2:00".
     * The program is the applying person's starting text (ADR 0042); the time picker follows the UI's language.
     */
    @Test
    void theGuidesProgramAndTheStartTimeFollowTheLanguageOfWhoeverUsesThem() {
        Team t = team();
        BrowserlessUIContext english = windowOf(t.a());
        english.getUI().setLocale(java.util.Locale.ENGLISH);
        CueSheetView view = open(english, CueSheetView.class, t.id());
        assertThat(view.dayStart.getLocale()).isEqualTo(java.util.Locale.US);
        in(english).test(view.useProgram).click();
        assertThat(view.shownRows().stream().map(CueRow::content).toList()).containsExactly(
                "Introducing the experiment", "Running the experiment", "Reflections and feedback", "Closing");
        assertThat(view.shownRows().get(0).materials()).startsWith("Presentation");

        Team k = team();
        BrowserlessUIContext koreanWindow = windowOf(k.a());
        CueSheetView korean = open(koreanWindow, CueSheetView.class, k.id());
        assertThat(korean.dayStart.getLocale()).isEqualTo(java.util.Locale.KOREA);
        in(koreanWindow).test(korean.useProgram).click();
        assertThat(korean.shownRows().stream().map(CueRow::content).toList())
                .containsExactly("실험장 소개", "실험 진행", "소감 공유·피드백", "마무리");
    }

    @Test
    void aDurationChangedInADialogShiftsTheLaterTimesOnTheOtherPlannersSheet() {
        Team t = team();
        BrowserlessUIContext windowA = windowOf(t.a());
        CueSheetView viewA = open(windowA, CueSheetView.class, t.id());
        BrowserlessUIContext windowB = windowOf(t.b());
        CueSheetView viewB = open(windowB, CueSheetView.class, t.id());
        assertThat(viewA.tabsText()).contains("큐시트").contains("당일 진행");
        assertThat(viewA.useProgram.isVisible()).isTrue();

        in(windowA).test(viewA.useProgram).click();
        assertThat(spans(viewA)).containsExactly("14:00–14:15", "14:15–15:15", "15:15–15:35", "15:35–15:45");
        await(windowB, () -> viewB.shownRows().size() == 4);
        assertThat(viewB.useProgram.isVisible()).isFalse();
        assertThat(viewB.summary.getText()).contains("2027년 4월 1일").contains("14:00 시작").contains("15:45 종료");

        // A opens 실험 진행 and makes it 90 minutes: B's later rows shift, A's first row is not redrawn.
        in(windowA);
        viewA.openDialog(viewA.shownRows().get(1));
        runQueuedAccess(windowA);
        CueDialog dialog = viewA.dialog;
        in(windowA).test(dialog.minutes).setValue(90);
        in(windowA).test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        await(windowB, () -> spans(viewB).equals(
                List.of("14:00–14:15", "14:15–15:45", "15:45–16:05", "16:05–16:15")));
        assertThat(viewB.summary.getText()).contains("16:15 종료").contains("총 135분");

        // B moves 마무리 up one place: A sees the new order and times.
        CueRow closing = viewB.shownRows().get(3);
        signedIn.run(t.b(), () -> cues.move(t.id(), closing.id(), closing.version(), 2));
        await(windowA, () -> viewA.shownRows().get(2).content().equals("마무리"));
        assertThat(spans(viewA)).containsExactly("14:00–14:15", "14:15–15:45", "15:45–15:55", "15:55–16:15");
    }

    /**
     * A start time being chosen stays while a co-planner edits the cues (each reloads the sheet), and is saved only
     * over the start time it was chosen over: another start saved meanwhile is a conflict, not overwritten.
     */
    @Test
    void aStartTimeBeingChosenSurvivesCueEditsAndNeverOverwritesAnotherStart() {
        Team t = team();
        BrowserlessUIContext windowA = windowOf(t.a());
        CueSheetView viewA = open(windowA, CueSheetView.class, t.id());
        in(windowA).test(viewA.dayStart).setValue(java.time.LocalTime.of(10, 0));

        signedIn.run(t.b(), () -> cues.applyDefaultProgram(t.id()));
        await(windowA, () -> viewA.shownRows().size() == 4);
        assertThat(viewA.dayStart.getValue()).as("the time being chosen").isEqualTo(java.time.LocalTime.of(10, 0));

        signedIn.run(t.b(), () -> cues.setDayStart(t.id(), cues.sheet(t.id()).version(),
                java.time.LocalTime.of(13, 0)));
        in(windowA).test(viewA.saveStart).click();
        assertThat(signedIn.as(t.a(), () -> cues.sheet(t.id())).dayStart()).isEqualTo(java.time.LocalTime.of(13, 0));
        assertThat(notices(windowA)).contains("이준비님이");
        assertThat(viewA.dayStart.getValue()).as("shows the start saved first").isEqualTo(java.time.LocalTime.of(13, 0));

        // Told, A chooses again and saves knowingly.
        in(windowA).test(viewA.dayStart).setValue(java.time.LocalTime.of(10, 0));
        in(windowA).test(viewA.saveStart).click();
        assertThat(signedIn.as(t.a(), () -> cues.sheet(t.id())).dayStart()).isEqualTo(java.time.LocalTime.of(10, 0));
    }

    /** Removing a line renumbers the ones after it: a question first, naming the line; the safe answer keeps it. */
    @Test
    void removingACueLineAsksFirst() {
        Team t = team();
        signedIn.run(t.a(), () -> cues.applyDefaultProgram(t.id()));
        BrowserlessUIContext windowB = windowOf(t.b());
        CueSheetView viewB = open(windowB, CueSheetView.class, t.id());
        in(windowB);
        CueRow second = viewB.shownRows().get(1);
        viewB.openDialog(second);
        var remove = windowB.find(com.vaadin.flow.component.button.Button.class).withId("cue-remove").single();

        windowB.test(remove).click();
        var question = opened(windowB, com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).contains("2번 줄").contains(second.content());
        answerQuestion(windowB, "cue-remove-keep", false);
        assertThat(viewB.dialog.isOpened()).isTrue();
        assertThat(signedIn.as(t.a(), () -> cues.sheet(t.id())).cues()).hasSize(4);

        windowB.test(remove).click();
        answerQuestion(windowB, "cue-remove-keep", true);
        assertThat(signedIn.as(t.a(), () -> cues.sheet(t.id())).cues()).hasSize(3)
                .noneMatch(c -> c.id() == second.id());
    }

    record Typing(BrowserlessUIContext window, CueSheetView view, CueDialog dialog) {
    }

    /** The guide's program on the sheet, and B typing {@code words} into the first segment's notes (not yet sent). */
    Typing typingInTheFirstSegment(Team t, String words) {
        signedIn.run(t.a(), () -> cues.applyDefaultProgram(t.id()));
        BrowserlessUIContext window = windowOf(t.b());
        CueSheetView view = open(window, CueSheetView.class, t.id());
        in(window);
        view.openDialog(view.shownRows().get(0));
        CueDialog dialog = view.dialog;
        typeWithoutLeaving(window, dialog.notes, words);
        return new Typing(window, view, dialog);
    }

    @Test
    void whatBIsTypingInASegmentSurvivesASaveOfTheSameFieldByA() {
        Team t = team();
        Typing b = typingInTheFirstSegment(t, "B의 메모");
        BrowserlessUIContext windowB = b.window();
        CueSheetView viewB = b.view();
        CueDialog dialogB = b.dialog();

        CueRow seen = signedIn.as(t.a(), () -> cues.sheet(t.id())).cues().get(0);
        signedIn.run(t.a(), () -> cues.update(t.id(), seen.id(), seen.version(),
                new CueDraft(seen.content(), 25, null, "무대", null, "A의 메모")));

        await(windowB, () -> dialogB.form.marked().contains("notes"));
        assertThat(dialogB.notes.getValue()).isEqualTo("B의 메모");
        assertThat(note(dialogB.form, "notes")).contains("김기획님이 바꾼 값: A의 메모");
        assertThat(dialogB.minutes.getValue()).isEqualTo(25);
        assertThat(spans(viewB).get(1)).isEqualTo("14:25–15:25");

        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isTrue();
        assertThat(notices(windowB)).contains("김기획님이");
        keepMine(windowB, dialogB.form, "notes");
        in(windowB).test(dialogB.save).click();
        assertThat(dialogB.isOpened()).isFalse();
        CueRow stored = signedIn.as(t.a(), () -> cues.sheet(t.id())).cues().get(0);
        assertThat(stored.notes()).isEqualTo("B의 메모");
        assertThat(stored.place()).isEqualTo("무대");
        assertThat(stored.minutes()).isEqualTo(25);
    }

    /** A deletes the segment B is typing in: B's dialog stays with the typing, says so, and offers no save or remove. */
    @Test
    void aSegmentDeletedWhileBTypesKeepsTheDialogAndTheTyping() {
        Team t = team();
        Typing b = typingInTheFirstSegment(t, "B가 적던 메모");
        BrowserlessUIContext windowB = b.window();
        CueSheetView viewB = b.view();
        CueDialog dialogB = b.dialog();
        assertThat(dialogB.gone.isVisible()).isFalse();

        CueRow first = signedIn.as(t.a(), () -> cues.sheet(t.id())).cues().get(0);
        signedIn.run(t.a(), () -> cues.remove(t.id(), first.id(), first.version()));

        await(windowB, () -> dialogB.gone.isVisible());
        assertThat(dialogB.isOpened()).isTrue();
        assertThat(dialogB.gone.getElement().getText()).isEmpty();
        assertThat(dialogB.gone.getChildren().map(c -> c.getElement().getText()).toList())
                .containsExactly(dialogB.getTranslation("dialog.deletedMeanwhile"));
        assertThat(dialogB.notes.getValue()).isEqualTo("B가 적던 메모");
        assertThat(dialogB.save.isVisible()).isFalse();
        assertThat(dialogB.remove).isNotNull();
        assertThat(dialogB.remove.isVisible()).isFalse();
        assertThat(spans(viewB)).hasSize(3);
    }

    /**
     * A planner marks segments on the phone view and the owner's and the guest's phones follow live. The partner guest
     * the first segment's lead is named like gets no marks, and the page says who marks (note 0067, "Later").
     */
    @Test
    void aPlannerMarksASegmentOnThePhoneViewAndTheOthersSeeItLive() {
        Team t = team();
        String guest = teams.joinWithNewAccount(t.a(), t.id(), "한스탭", MemberRole.PARTNER_GUEST);
        signedIn.run(t.a(), () -> {
            roster.add(t.id(), new StaffDraft("진행", "한스탭", LocalDate.of(2027, 4, 1), LocalTime.of(14, 0),
                    LocalTime.of(16, 0), "무대", null, null));
            cues.applyDefaultProgram(t.id());
            CueRow intro = cues.sheet(t.id()).cues().get(0);
            cues.update(t.id(), intro.id(), intro.version(),
                    new CueDraft(intro.content(), 15, "한스탭", "무대", intro.materials(), null));
        });
        BrowserlessUIContext guestPhone = windowOf(guest);
        RunDayView guestView = open(guestPhone, RunDayView.class, t.id());
        BrowserlessUIContext phone = windowOf(t.b());
        RunDayView mine = open(phone, RunDayView.class, t.id());
        BrowserlessUIContext windowA = windowOf(t.a());
        RunDayView owner = open(windowA, RunDayView.class, t.id());

        // Not the run day: the first segment is next. The guest gets no marks, and is told who marks.
        assertThat(mine.now.getText()).contains("행사일");
        assertThat(mine.day.next().content()).isEqualTo("실험장 소개");
        assertThat(mine.marksNote.isVisible()).isFalse();
        assertThat(guestView.marksNote.isVisible()).isTrue();
        assertThat(guestView.marksNote.getText()).contains("소유자와 기획팀이");
        assertThat(mine.now.getText()).contains("시작 표시로");
        assertThat(guestView.now.getText()).contains("행사일").doesNotContain("시작 표시로");
        assertThat(guestView.cards.values()).allSatisfy(c -> assertThat(c.start.getParent()).isEmpty());
        List<RunDayCard> cards = List.copyOf(mine.cards.values());
        assertThat(cards).allSatisfy(c -> assertThat(c.start.getParent()).isPresent());
        assertThat(cards.get(0).hasClassName("next")).isTrue();

        in(phone).test(cards.get(0).start).click();
        assertThat(mine.day.current().content()).isEqualTo("실험장 소개");
        await(windowA, () -> owner.day.current() != null);
        assertThat(owner.day.current().state()).isEqualTo(CueState.STARTED);
        assertThat(owner.day.next().content()).isEqualTo("실험 진행");
        assertThat(owner.current.getElement().getTextRecursively()).contains("실험장 소개").contains("진행 중");
        assertThat(List.copyOf(owner.cards.values()).get(0).hasClassName("current")).isTrue();
        await(guestPhone, () -> guestView.day.current() != null);

        // The owner starts 실험 진행 from the next card: 실험장 소개 is finished, the other phones follow.
        RunDayCard nextCard = List.copyOf(owner.cards.values()).get(1);
        in(windowA).test(nextCard.start).click();
        await(phone, () -> mine.day.current() != null && mine.day.current().content().equals("실험 진행"));
        assertThat(List.copyOf(mine.cards.values()).get(0).hasClassName("state-finished")).isTrue();
        await(guestPhone, () -> guestView.day.current().content().equals("실험 진행"));
    }

    /** Whether the card offers marks at all (the buttons are added only for a segment the viewer may mark). */
    static boolean offersMarks(RunDayCard card) {
        return card.start.getParent().isPresent();
    }

    /**
     * A partner guest linked to the roster line that leads 실험장 소개 (note 0067, second "Later"): their phone offers
     * marks on that segment only and says so; a mark from it reaches the owner's phone. When the owner takes the link
     * away, the open phone loses the buttons and says who marks; linked again, they come back.
     */
    @Test
    void aLinkedGuestsPhoneOffersMarksOnTheirOwnSegmentOnlyAndFollowsTheLink() {
        Team t = team();
        String guest = teams.joinWithNewAccount(t.a(), t.id(), "박협력", MemberRole.PARTNER_GUEST);
        long guestId = accounts.findByEmail(guest).orElseThrow().id();
        LocalDate day = LocalDate.of(2027, 4, 1);
        long line = signedIn.as(t.a(), () -> {
            long l = roster.add(t.id(), new StaffDraft("안내", "한스탭", day, LocalTime.of(14, 0),
                    LocalTime.of(15, 0), "대합실", null, null, guestId));
            roster.add(t.id(), new StaffDraft("사회자", "정사회", day, LocalTime.of(14, 0), LocalTime.of(16, 0),
                    "무대", null, null));
            cues.applyDefaultProgram(t.id());
            List<CueRow> rows = cues.sheet(t.id()).cues();
            for (int i = 0; i < rows.size(); i++) {
                CueRow c = rows.get(i);
                cues.update(t.id(), c.id(), c.version(), new CueDraft(c.content(), c.minutes(),
                        i == 0 ? "한스탭" : "정사회", "대합실", c.materials(), c.notes()));
            }
            return l;
        });
        BrowserlessUIContext guestPhone = windowOf(guest);
        RunDayView guestView = open(guestPhone, RunDayView.class, t.id());
        BrowserlessUIContext windowA = windowOf(t.a());
        RunDayView owner = open(windowA, RunDayView.class, t.id());

        List<RunDayCard> cards = List.copyOf(guestView.cards.values());
        assertThat(cards.get(0).cue().content()).isEqualTo("실험장 소개");
        assertThat(offersMarks(cards.get(0))).isTrue();
        assertThat(cards.get(0).start.isVisible()).isTrue();
        assertThat(cards.subList(1, cards.size())).noneMatch(CueSheetViewTest::offersMarks);
        // The next-segment box repeats 실험장 소개 with its marks too.
        assertThat(guestView.next.getElement().getTextRecursively()).contains("실험장 소개").contains("시작");
        assertThat(guestView.marksNote.isVisible()).isTrue();
        assertThat(guestView.marksNote.getText()).contains("내 계정에 연결된 담당 구간");
        assertThat(guestView.now.getText()).contains("시작 표시로");
        assertThat(List.copyOf(owner.cards.values())).allMatch(CueSheetViewTest::offersMarks);

        in(guestPhone).test(cards.get(0).start).click();
        assertThat(guestView.day.current().content()).isEqualTo("실험장 소개");
        await(windowA, () -> owner.day.current() != null);
        assertThat(owner.day.current().markedByName()).isEqualTo("박협력");

        // The owner unlinks the line: the open phone drops the buttons and says who marks.
        var linked = signedIn.as(t.a(), () -> roster.roster(t.id())).stream().filter(r -> r.id() == line)
                .findFirst().orElseThrow();
        signedIn.run(t.a(), () -> roster.update(t.id(), line, linked.version(), new StaffDraft(linked.role(),
                linked.person(), linked.date(), linked.start(), linked.end(), linked.area(), linked.duties(),
                linked.contact(), null)));
        await(guestPhone, () -> guestView.cards.values().stream().noneMatch(CueSheetViewTest::offersMarks));
        assertThat(guestView.marksNote.getText()).contains("소유자와 기획팀이");
        assertThat(guestView.now.getText()).doesNotContain("시작 표시로");

        // Linked again: the buttons come back (the running segment offers 종료 and 표시 취소).
        var unlinked = signedIn.as(t.a(), () -> roster.roster(t.id())).stream().filter(r -> r.id() == line)
                .findFirst().orElseThrow();
        signedIn.run(t.a(), () -> roster.update(t.id(), line, unlinked.version(), new StaffDraft(unlinked.role(),
                unlinked.person(), unlinked.date(), unlinked.start(), unlinked.end(), unlinked.area(),
                unlinked.duties(), unlinked.contact(), guestId)));
        await(guestPhone, () -> offersMarks(List.copyOf(guestView.cards.values()).get(0)));
        RunDayCard again = List.copyOf(guestView.cards.values()).get(0);
        assertThat(again.finish.isVisible()).isTrue();
        assertThat(again.undo.isVisible()).isTrue();
        assertThat(List.copyOf(guestView.cards.values()).subList(1, cards.size()))
                .noneMatch(CueSheetViewTest::offersMarks);
    }

    /** The event day moved and a staff member added: the open cue sheet and run-day page follow both. */
    @Test
    void theOpenSheetAndRunDayFollowTheEventDayAndTheStaffRoster() {
        Team t = team();
        BrowserlessUIContext windowB = windowOf(t.b());
        CueSheetView sheet = open(windowB, CueSheetView.class, t.id());
        BrowserlessUIContext phone = windowOf(t.b());
        RunDayView today = open(phone, RunDayView.class, t.id());
        assertThat(sheet.summary.getText()).contains("2027년 4월 1일");
        assertThat(today.now.getText()).contains("2027년 4월 1일");
        assertThat(sheet.sheet.staffNames()).doesNotContain("정사회");

        kr.silheomjang.experiment.ExperimentDraft moved = Drafts.valid("큐시트 실험장");
        moved.setEventDate(LocalDate.of(2027, 4, 8));
        signedIn.run(t.a(), () -> experiments.update(t.id(), experiments.get(t.id()).version(), moved));
        await(windowB, () -> sheet.summary.getText().contains("2027년 4월 8일"));
        await(phone, () -> today.now.getText().contains("2027년 4월 8일"));

        signedIn.run(t.a(), () -> roster.add(t.id(), new StaffDraft("사회자", "정사회", LocalDate.of(2027, 4, 8),
                LocalTime.of(14, 0), LocalTime.of(16, 0), "무대", null, null)));
        await(windowB, () -> sheet.sheet.staffNames().contains("정사회"));
    }

    /** QA: on a day that is not the run day the list was headed "오늘 전체 순서"; it is that day's order, not today's. */
    @Test
    void theListSaysTodayOnlyOnTheRunDay() {
        Team t = team();
        BrowserlessUIContext phone = windowOf(t.b());
        RunDayView view = open(phone, RunDayView.class, t.id());
        assertThat(view.day.onDay()).isFalse();
        assertThat(view.all.getText()).isEqualTo("당일 전체 순서");

        kr.silheomjang.experiment.ExperimentDraft today = Drafts.valid("큐시트 실험장");
        LocalDate now = LocalDate.now(clock.withZone(kr.silheomjang.Application.ZONE));
        today.setPlanningStart(now.minusMonths(1));
        today.setEventDate(now);
        today.setFollowUpEnd(now.plusMonths(1));
        signedIn.run(t.a(), () -> experiments.update(t.id(), experiments.get(t.id()).version(), today));
        await(phone, () -> view.day.onDay());
        assertThat(view.all.getText()).isEqualTo("오늘 전체 순서");
    }

    /**
     * The roster changes while a segment dialog is open: its lead picker offers the new names at once, and what was
     * typed and picked stays; a picked name whose roster line is removed stays picked and is said to be off the roster.
     */
    @Test
    void anOpenSegmentDialogsLeadPickerFollowsTheRosterAndKeepsThePick() {
        Team t = team();
        LocalDate day = LocalDate.of(2027, 4, 1);
        long line = signedIn.as(t.a(), () -> roster.add(t.id(), new StaffDraft("진행", "한스탭", day,
                LocalTime.of(14, 0), LocalTime.of(16, 0), "무대", null, null)));
        BrowserlessUIContext windowB = windowOf(t.b());
        CueSheetView viewB = open(windowB, CueSheetView.class, t.id());
        in(windowB);
        viewB.openDialog(null);
        CueDialog dialog = viewB.dialog;
        typeWithoutLeaving(windowB, dialog.content, "오프닝 인사");
        in(windowB).test(dialog.lead).selectItem("한스탭");

        signedIn.run(t.a(), () -> roster.add(t.id(), new StaffDraft("사회자", "정사회", day, LocalTime.of(14, 0),
                LocalTime.of(16, 0), "무대", null, null)));
        await(windowB, () -> leadChoices(dialog).contains("정사회"));
        assertThat(dialog.lead.getValue()).isEqualTo("한스탭");
        assertThat(dialog.content.getValue()).isEqualTo("오프닝 인사");
        assertThat(dialog.lead.getHelperText()).isEqualTo("역할분담표에 있는 사람 중에서 고릅니다.");

        long version = signedIn.as(t.a(), () -> roster.roster(t.id())).stream().filter(r -> r.id() == line)
                .findFirst().orElseThrow().version();
        signedIn.run(t.a(), () -> roster.remove(t.id(), line, version));
        await(windowB, () -> dialog.lead.getHelperText().contains("역할분담표에 없습니다"));
        assertThat(dialog.lead.getValue()).as("kept, not cleared").isEqualTo("한스탭");
        assertThat(dialog.lead.getHelperText()).isEqualTo("한스탭님은 지금 역할분담표에 없습니다.");
        assertThat(leadChoices(dialog)).containsExactly("정사회", "한스탭");
        assertThat(dialog.content.getValue()).isEqualTo("오프닝 인사");

        // Picking someone on the roster: the note goes, and so does the name that left.
        in(windowB).test(dialog.lead).selectItem("정사회");
        assertThat(dialog.lead.getHelperText()).isEqualTo("역할분담표에 있는 사람 중에서 고릅니다.");
        assertThat(leadChoices(dialog)).containsExactly("정사회");
    }

    static List<String> leadChoices(CueDialog dialog) {
        return dialog.lead.getListDataView().getItems().toList();
    }

    @Test
    void thePrintSheetsShowTheDayAndEachStaffMembersSegmentsInOrder() {
        Team t = team();
        signedIn.run(t.a(), () -> {
            roster.add(t.id(), new StaffDraft("사회자", "정사회", LocalDate.of(2027, 4, 1), LocalTime.of(14, 0),
                    LocalTime.of(16, 0), "무대", null, null));
            cues.applyDefaultProgram(t.id());
            for (int i : new int[] {3, 0}) {
                CueRow c = cues.sheet(t.id()).cues().get(i);
                cues.update(t.id(), c.id(), c.version(),
                        new CueDraft(c.content(), c.minutes(), "정사회", "무대", c.materials(), c.notes()));
            }
        });
        BrowserlessUIContext window = windowOf(t.b());
        CuePrintView all = window.navigate(CuePrintView.class,
                Map.of("experimentId", String.valueOf(t.id())));
        String text = all.body.getElement().getTextRecursively();
        assertThat(text).contains("14:00–14:15").contains("실험장 소개").contains("소감 공유·피드백")
                .contains("15:35–15:45");
        CuePrintView staff = window.navigate(CuePrintView.class,
                Map.of("experimentId", String.valueOf(t.id()), "what", "staff"));
        String sheet = staff.body.getElement().getTextRecursively();
        assertThat(staff.heading.getText()).contains("스탭별");
        assertThat(sheet).contains("정사회").contains("역할: 사회자 · 무대 14:00–16:00");
        assertThat(sheet.indexOf("실험장 소개")).isLessThan(sheet.indexOf("마무리"));
        assertThat(sheet).doesNotContain("실험 진행");
    }
}
