package kr.silheomjang.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.dom.Element;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.CalendarFeedService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.schedule.TemplateStepView;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.ui.ExperimentSection;

class ScheduleViewsTest extends BrowserlessSupport {

    static final LocalDate MARCH_3 = LocalDate.of(2027, 3, 3);

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BackwardPlanningService planning;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    kr.silheomjang.people.StaffRosterService roster;


    ScheduleView open(BrowserlessUIContext window, long experimentId) {
        ScheduleView view = window.navigate(ScheduleView.class,
                Map.of(ExperimentSection.PARAM, String.valueOf(experimentId)));
        view.cursor = LocalDate.of(2027, 3, 1);
        view.refresh();
        return view;
    }

    /** Titles of the event chips shown in the cell of one day (month view). */
    static List<String> titlesOn(ScheduleView view, LocalDate day) {
        List<String> titles = new ArrayList<>();
        collect(view.body.getElement(), day.toString(), false, titles);
        return titles;
    }

    private static void collect(Element e, String date, boolean inDay, List<String> out) {
        boolean here = inDay || date.equals(e.getAttribute("data-date"));
        if (here && e.hasAttribute("data-title")) {
            out.add(e.getAttribute("data-title"));
        }
        e.getChildren().forEach(c -> collect(c, date, here, out));
    }

    record Team(String owner, String planner, String guest, long id) {
    }

    Team team() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        String guest = newAccount("박협력");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("서울역 야학")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        return new Team(owner, planner, guest, id);
    }

    @Test
    void anEventCreatedAndMovedByOnePlannerAppearsAndMovesOnTheOthersCalendar() {
        Team t = team();
        BrowserlessUIContext windowA = windowOf(t.owner());
        ScheduleView viewA = open(windowA, t.id());
        BrowserlessUIContext windowB = windowOf(t.planner());
        ScheduleView viewB = open(windowB, t.id());
        await(windowA, () -> !viewA.presentNames().isEmpty());

        // A clicks March 3 and fills the dialog.
        in(windowA);
        viewA.openNew(MARCH_3, null);
        EventDialog dialog = opened(windowA, EventDialog.class);
        // Dates are also typed the Korean way ("2026. 12. 1."), and the picker's buttons speak Korean.
        assertThat(dialog.startDate.getI18n().getDateFormats()).contains("yyyy-MM-dd", "yyyy. M. d.");
        assertThat(dialog.startDate.getI18n().getToday()).isEqualTo("오늘");
        in(windowA).test(dialog.title).setValue("촬영팀 미팅");
        in(windowA).test(dialog.type).selectItem("촬영팀 미팅");
        in(windowA).test(dialog.place).setValue("서울역 회의실");
        in(windowA).test(dialog.save).click();
        assertThat(titlesOn(viewA, MARCH_3)).containsExactly("촬영팀 미팅");
        await(windowB, () -> titlesOn(viewB, MARCH_3).contains("촬영팀 미팅"));

        // A drops it on March 10 (what the drop target does); B sees it move without reloading.
        EventView e = viewA.data.events().get(0);
        in(windowA);
        viewA.moveEvent(e, LocalDate.of(2027, 3, 10));
        await(windowB, () -> titlesOn(viewB, MARCH_3).isEmpty()
                && titlesOn(viewB, LocalDate.of(2027, 3, 10)).contains("촬영팀 미팅"));

        // The keyboard way: B opens the event and moves it one day later from the dialog.
        in(windowB);
        viewB.openExisting(e.id());
        EventDialog dialogB = opened(windowB, EventDialog.class);
        in(windowB).test(windowB.find(com.vaadin.flow.component.button.Button.class).withId("event-move-later")
                .single()).click();
        await(windowA, () -> titlesOn(viewA, LocalDate.of(2027, 3, 11)).contains("촬영팀 미팅"));
        assertThat(dialogB.startDate.getValue()).isEqualTo(LocalDate.of(2027, 3, 11));
    }

    @Test
    void endBeforeStartIsExplainedInKoreanInTheDialogAndNothingIsSaved() {
        Team t = team();
        BrowserlessUIContext window = windowOf(t.owner());
        ScheduleView view = open(window, t.id());
        view.openNew(MARCH_3, LocalTime.of(14, 0));
        EventDialog dialog = opened(window, EventDialog.class);
        window.test(dialog.title).setValue("협력기관 미팅");
        window.test(dialog.endDate).setValue(LocalDate.of(2027, 3, 2));
        window.test(dialog.save).click();
        assertThat(dialog.errors.isVisible()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively())
                .contains("종료가 시작보다 빠릅니다. 종료 일시를 시작 이후로 해 주세요.");
        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(signedIn.as(t.owner(), () -> schedule.calendar(t.id(), MARCH_3.minusDays(5), MARCH_3)).events())
                .isEmpty();
    }

    /** Same day, end time before the start time: the end time is marked, not the end date nobody touched. */
    @Test
    void anEndTimeBeforeTheStartOnOneDayMarksTheEndTime() {
        Team t = team();
        BrowserlessUIContext window = windowOf(t.owner());
        ScheduleView view = open(window, t.id());
        view.openNew(MARCH_3, LocalTime.of(15, 0));
        EventDialog dialog = opened(window, EventDialog.class);
        window.test(dialog.title).setValue("협력기관 미팅");
        window.test(dialog.endTime).setValue(LocalTime.of(14, 0));
        window.test(dialog.save).click();
        assertThat(dialog.errors.getElement().getTextRecursively())
                .contains("종료가 시작보다 빠릅니다. 종료 일시를 시작 이후로 해 주세요.");
        assertThat(dialog.endTime.isInvalid()).isTrue();
        assertThat(dialog.endDate.isInvalid()).isFalse();
        window.test(dialog.endTime).setValue(LocalTime.of(16, 0));
        window.test(dialog.save).click();
        assertThat(dialog.endTime.isInvalid()).isFalse();
        assertThat(signedIn.as(t.owner(), () -> schedule.calendar(t.id(), MARCH_3, MARCH_3.plusDays(1))).events())
                .hasSize(1);
    }

    /**
     * QA: a new event started as a 마일스톤, marked on the portfolio timeline. It starts as a 회의 (the team's own
     * meetings and visits, what a team adds most), on the clicked day: all day from a day of the month, from the slot for an hour in the week. The
     * timeline mark follows the type chosen until the user sets the box.
     */
    @Test
    void aNewEventStartsAsAMeetingOnTheClickedDayNotAsAMilestone() {
        Team t = team();
        BrowserlessUIContext window = windowOf(t.owner());
        ScheduleView view = open(window, t.id());
        view.openNew(MARCH_3, null);
        EventDialog day = opened(window, EventDialog.class);
        assertThat(day.type.getValue()).isEqualTo(EventType.MEETING);
        assertThat(day.milestone.getValue()).isFalse();
        assertThat(day.allDay.getValue()).isTrue();
        assertThat(day.startDate.getValue()).isEqualTo(MARCH_3);
        assertThat(day.endDate.getValue()).isEqualTo(MARCH_3);
        window.test(day.type).selectItem("마일스톤");
        assertThat(day.milestone.getValue()).isTrue();
        window.test(day.type).selectItem("회의");
        assertThat(day.milestone.getValue()).isFalse();
        window.test(day.title).setValue("장소 답사");
        window.test(day.save).click();
        EventView saved = signedIn.as(t.owner(), () -> schedule.calendar(t.id(), MARCH_3, MARCH_3.plusDays(1)))
                .events().get(0);
        assertThat(saved.type()).isEqualTo(EventType.MEETING);
        assertThat(saved.milestone()).isFalse();

        view.openNew(MARCH_3, LocalTime.of(14, 0));
        EventDialog slot = opened(window, EventDialog.class);
        assertThat(slot.type.getValue()).isEqualTo(EventType.MEETING);
        assertThat(slot.allDay.getValue()).isFalse();
        assertThat(slot.startTime.isVisible()).isTrue();
        assertThat(slot.startTime.getValue()).isEqualTo(LocalTime.of(14, 0));
        assertThat(slot.endTime.getValue()).isEqualTo(LocalTime.of(15, 0));
        // A mark the user set stays when the type changes afterwards.
        window.test(slot.milestone).click();
        window.test(slot.type).selectItem("행사일");
        assertThat(slot.milestone.getValue()).isTrue();
    }

    /** A new event has nobody's version to show: a conflict on creating is the plain conflict message. */
    @Test
    void aNewEventMeetingAConflictSaysSoInTheDialogAndKeepsTheInput() {
        BrowserlessUIContext window = windowOf(newAccount("기획자"));
        ScheduleService failing = org.mockito.Mockito.mock(ScheduleService.class);
        org.mockito.Mockito.when(failing.create(org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.any())).thenThrow(new org.springframework.dao
                        .DataIntegrityViolationException("duplicate", new java.sql.SQLException("Unique", "23505")));
        in(window);
        EventDialog dialog = new EventDialog(failing, 1, List.of(), null, MARCH_3, LocalTime.of(14, 0), MARCH_3,
                () -> { }, null);
        dialog.open();
        runQueuedAccess(window);
        window.test(dialog.title).setValue("협력기관 미팅");
        window.test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively())
                .isEqualTo("다른 사람이 같은 내용을 먼저 저장했습니다. 최신 내용을 불러왔으니 확인한 뒤 다시 저장해 주세요.");
        assertThat(dialog.title.getValue()).isEqualTo("협력기관 미팅");
    }

    @Test
    void aConflictingEditKeepsTheInputAndSaysWhoChangedItFirst() {
        Team t = team();
        long eventId = signedIn.as(t.owner(), () -> schedule.create(t.id(),
                EventDraft.allDay("장소 답사", EventType.MILESTONE, MARCH_3)));
        BrowserlessUIContext windowA = windowOf(t.owner());
        ScheduleView viewA = open(windowA, t.id());
        viewA.openExisting(eventId);
        EventDialog dialog = opened(windowA, EventDialog.class);
        in(windowA).test(dialog.title).setValue("장소 답사 (확정)");

        long v = signedIn.as(t.planner(), () -> schedule.get(t.id(), eventId)).version();
        signedIn.run(t.planner(), () -> schedule.move(t.id(), eventId, v, LocalDate.of(2027, 3, 5)));

        in(windowA).test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains("이준비님이").contains("먼저 바꿨습니다");
        assertThat(dialog.title.getValue()).isEqualTo("장소 답사 (확정)");
        // Saving again, knowingly, goes over the latest version.
        in(windowA).test(dialog.save).click();
        assertThat(signedIn.as(t.owner(), () -> schedule.get(t.id(), eventId)).title()).isEqualTo("장소 답사 (확정)");

        // Deleting it asks first; the safe answer keeps it.
        viewA.openExisting(eventId);
        EventDialog again = opened(windowA, EventDialog.class);
        in(windowA).test(again.delete).click();
        answerQuestion(windowA, "event-delete-keep", false);
        assertThat(again.isOpened()).isTrue();
        assertThat(titlesOn(viewA, LocalDate.of(2027, 3, 5))).contains("장소 답사 (확정)");
        in(windowA).test(again.delete).click();
        answerQuestion(windowA, "event-delete-keep", true);
        assertThat(again.isOpened()).isFalse();
        assertThat(titlesOn(viewA, LocalDate.of(2027, 3, 5))).doesNotContain("장소 답사 (확정)");
    }

    @Test
    void aGuestSeesOnlyTheEventsTheyAttendAndMayAddOnceTheOwnerAllows() {
        Team t = team();
        long guestId = accounts.findByEmail(t.guest()).orElseThrow().id();
        signedIn.run(t.owner(), () -> schedule.create(t.id(), new EventDraft("협력기관 미팅",
                EventType.PARTNER_MEETING, MARCH_3, LocalTime.of(10, 0), MARCH_3, LocalTime.of(11, 0), null,
                Set.of(guestId), null)));
        signedIn.run(t.owner(), () -> schedule.create(t.id(),
                EventDraft.allDay("내부 회의", EventType.MILESTONE, MARCH_3)));

        BrowserlessUIContext windowG = windowOf(t.guest());
        ScheduleView viewG = open(windowG, t.id());
        assertThat(titlesOn(viewG, MARCH_3)).containsExactly("협력기관 미팅");
        assertThat(viewG.add.isVisible()).isFalse();
        assertThat(viewG.readOnlyNote.isVisible()).isTrue();
        // The note says what the guest sees: their events, and every card's due date (the calendar shows them all).
        assertThat(viewG.readOnlyNote.getText())
                .isEqualTo("읽기 전용: 일정은 내가 참석하는 것만, 기획 보드 카드의 마감일은 모두 보입니다.");
        assertThat(viewG.guestsMayAdd.isVisible()).isFalse();

        BrowserlessUIContext windowO = windowOf(t.owner());
        ScheduleView viewO = open(windowO, t.id());
        assertThat(titlesOn(viewO, MARCH_3)).containsExactlyInAnyOrder("협력기관 미팅", "내부 회의");
        in(windowO).test(viewO.guestsMayAdd).click();
        await(windowG, () -> viewG.add.isVisible());
        // Allowed to add, the guest is no longer told the calendar is read only.
        assertThat(viewG.readOnlyNote.getText())
                .isEqualTo("일정은 내가 참석하거나 추가한 것만, 기획 보드 카드의 마감일은 모두 보입니다.");
    }

    @Test
    void theOwnerPreviewsAndAcceptsTheTemplateAndPlannersAreOfferedTheShiftWhenTheEventDayMoves() {
        Team t = team();
        BrowserlessUIContext windowO = windowOf(t.owner());
        ScheduleView viewO = open(windowO, t.id());
        BrowserlessUIContext windowP = windowOf(t.planner());
        ScheduleView viewP = open(windowP, t.id());

        in(windowO).test(viewO.templateButton).click();
        TemplateDialog template = opened(windowO, TemplateDialog.class);
        assertThat(in(windowO).test(template.grid).size()).isEqualTo(11);
        // The proposer meeting (D-120) is not made once its day has passed in Seoul: a date-dependent count.
        long made = signedIn.as(t.owner(), () -> planning.template(t.id())).stream()
                .filter(s -> !s.pastMeeting()).count();
        assertThat(in(windowO).test(template.grid).getCellText(0, 0)).isEqualTo("D-120");
        in(windowO).test(template.accept).click();
        // Event day 2027-04-01: D-30 is March 2, D-7 March 25.
        await(windowP, () -> titlesOn(viewP, LocalDate.of(2027, 3, 2)).contains("참여자 모집 마감"));
        assertThat(titlesOn(viewP, LocalDate.of(2027, 3, 25))).contains("재확인·시스템 점검");

        var draft = Drafts.valid("서울역 야학");
        draft.setEventDate(LocalDate.of(2027, 4, 8));
        signedIn.run(t.owner(), () -> experiments.update(t.id(), experiments.get(t.id()).version(), draft));
        await(windowP, () -> viewP.shiftBanner.isVisible());
        assertThat(viewP.shiftBanner.getElement().getTextRecursively()).contains("일정 " + made + "개");

        in(windowP);
        new ShiftDialog(planning, t.id(), viewP.data.pendingShift(), viewP::refresh).open();
        ShiftDialog shift = opened(windowP, ShiftDialog.class);
        assertThat(in(windowP).test(shift.grid).size()).isEqualTo((int) made);
        in(windowP).test(shift.apply).click();
        await(windowO, () -> titlesOn(viewO, LocalDate.of(2027, 3, 9)).contains("참여자 모집 마감"));
        assertThat(viewP.shiftBanner.isVisible()).isFalse();
    }
    /**
     * The calendar's one question about a moved event day names the staff roster's lines on the old event day too,
     * and moving shifts them with the events.
     */
    @Test
    void theShiftQuestionNamesTheRosterLinesOnTheOldEventDayAndMovesThem() {
        Team t = team();
        long line = signedIn.as(t.owner(), () -> roster.add(t.id(), new kr.silheomjang.people.StaffDraft("진행",
                "최진행", LocalDate.of(2027, 4, 1), LocalTime.of(9, 0), LocalTime.of(12, 0), null, null, null,
                null)));
        BrowserlessUIContext windowP = windowOf(t.planner());
        ScheduleView viewP = open(windowP, t.id());
        assertThat(viewP.shiftBanner.isVisible()).isFalse();

        var draft = Drafts.valid("서울역 야학");
        draft.setEventDate(LocalDate.of(2027, 4, 8));
        signedIn.run(t.owner(), () -> experiments.update(t.id(), experiments.get(t.id()).version(), draft));
        await(windowP, () -> viewP.shiftBanner.isVisible());
        assertThat(viewP.shiftBanner.getElement().getTextRecursively()).contains("역할분담표 1줄");

        in(windowP);
        new ShiftDialog(planning, t.id(), viewP.data.pendingShift(), viewP::refresh).open();
        ShiftDialog shift = opened(windowP, ShiftDialog.class);
        assertThat(shift.grid.isVisible()).as("no relative events to list").isFalse();
        assertThat(in(windowP).test(shift.lines).size()).isEqualTo(1);
        assertThat(((com.vaadin.flow.component.html.Span) in(windowP).test(shift.lines).getCellComponent(0, 0))
                .getText()).isEqualTo("역할분담표: 진행 · 최진행 09:00–12:00");
        in(windowP).test(shift.apply).click();
        assertThat(signedIn.as(t.owner(), () -> roster.roster(t.id()))).filteredOn(r -> r.id() == line)
                .singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2027, 4, 8)));
        await(windowP, () -> !viewP.shiftBanner.isVisible());
    }

    /**
     * The trash of a D-day plan row removes the plan's step, never the event made from it: on an "이미 있음" row its
     * label says the event stays, and it does.
     */
    @Test
    void theTrashOnAnAlreadyPlannedStepSaysItRemovesOnlyThePlanStep() {
        Team t = team();
        signedIn.run(t.owner(), () -> planning.acceptTemplate(t.id()));
        signedIn.run(t.owner(), () -> planning.saveTemplateStep(t.id(), null, 0, -2, "현수막 점검",
                EventType.MILESTONE));
        BrowserlessUIContext windowO = windowOf(t.owner());
        ScheduleView viewO = open(windowO, t.id());
        in(windowO).test(viewO.templateButton).click();
        TemplateDialog template = opened(windowO, TemplateDialog.class);
        var grid = in(windowO).test(template.grid);
        int rehearsal = -1;
        int banner = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).title().equals("리허설")) {
                rehearsal = i;
            } else if (grid.getRow(i).title().equals("현수막 점검")) {
                banner = i;
            }
        }
        assertThat(grid.getRow(rehearsal).alreadyPlanned()).isTrue();
        var planned = (com.vaadin.flow.component.button.Button) grid.getCellComponent(rehearsal, 3);
        assertThat(planned.getAriaLabel()).hasValue("역산 계획에서 “리허설” 단계 삭제 (이미 만든 일정은 일정표에 남음)");
        assertThat(planned.getTooltip().getText()).isEqualTo(planned.getAriaLabel().orElseThrow());
        var notYet = (com.vaadin.flow.component.button.Button) grid.getCellComponent(banner, 3);
        assertThat(notYet.getAriaLabel()).hasValue("역산 계획에서 “현수막 점검” 단계 삭제");

        in(windowO).test(planned).click();
        answerQuestion(windowO, "template-remove-keep", true);
        assertThat(signedIn.as(t.owner(), () -> planning.template(t.id())))
                .noneMatch(s -> s.title().equals("리허설"));
        assertThat(signedIn.as(t.owner(), () -> schedule.calendar(t.id(), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 30))).events()).anyMatch(e -> e.title().equals("리허설"));
    }

    /** An open backward-plan dialog follows the event day and the steps the owner has accepted meanwhile. */
    @Test
    void anOpenTemplateDialogFollowsTheEventDayAndTheAcceptedSteps() {
        Team t = team();
        BrowserlessUIContext windowP = windowOf(t.planner());
        ScheduleView viewP = open(windowP, t.id());
        in(windowP).test(viewP.templateButton).click();
        TemplateDialog template = opened(windowP, TemplateDialog.class);
        assertThat(viewP.templateDialog).isSameAs(template);
        assertThat(template.intro.getText()).contains("2027년 4월 1일");
        assertThat(template.grid.getGenericDataView().getItems()).noneMatch(TemplateStepView::alreadyPlanned);

        var draft = Drafts.valid("서울역 야학");
        draft.setEventDate(LocalDate.of(2027, 4, 8));
        signedIn.run(t.owner(), () -> experiments.update(t.id(), experiments.get(t.id()).version(), draft));
        await(windowP, () -> template.intro.getText().contains("2027년 4월 8일"));

        signedIn.run(t.owner(), () -> planning.acceptTemplate(t.id()));
        await(windowP, () -> template.grid.getGenericDataView().getItems()
                .anyMatch(TemplateStepView::alreadyPlanned));
    }

    /** Removing a template step and replacing or cutting off the iCal address each ask first; "keep" changes nothing. */
    @Test
    void removingATemplateStepAndReplacingOrCuttingOffTheFeedAskFirst() {
        Team t = team();
        BrowserlessUIContext windowO = windowOf(t.owner());
        ScheduleView viewO = open(windowO, t.id());
        in(windowO).test(viewO.templateButton).click();
        TemplateDialog template = opened(windowO, TemplateDialog.class);
        int steps = in(windowO).test(template.grid).size();
        long first = in(windowO).test(template.grid).getRow(0).id();
        var remove = (com.vaadin.flow.component.button.Button) in(windowO).test(template.grid).getCellComponent(0, 3);
        in(windowO).test(remove).click();
        answerQuestion(windowO, "template-remove-keep", false);
        assertThat(signedIn.as(t.owner(), () -> planning.template(t.id()))).hasSize(steps);
        in(windowO).test(remove).click();
        answerQuestion(windowO, "template-remove-keep", true);
        assertThat(signedIn.as(t.owner(), () -> planning.template(t.id()))).hasSize(steps - 1);
        assertThat(in(windowO).test(template.grid).getRow(0).id()).isNotEqualTo(first);
        assertThat(signedIn.as(t.owner(), () -> planning.template(t.id()))).noneMatch(s -> s.id() == first);
        template.close();

        in(windowO).test(viewO.feedButton).click();
        FeedDialog feed = opened(windowO, FeedDialog.class);
        in(windowO).test(feed.create).click(); // the first address: nothing to lose, nothing asked
        String address = feed.url.getValue();
        assertThat(address).contains("/ical/" + t.id() + "/");
        in(windowO).test(feed.create).click();
        answerQuestion(windowO, "feed-regenerate-keep", false);
        assertThat(feed.url.getValue()).isEqualTo(address);
        in(windowO).test(feed.create).click();
        answerQuestion(windowO, "feed-regenerate-keep", true);
        assertThat(feed.url.getValue()).contains("/ical/" + t.id() + "/").isNotEqualTo(address);

        in(windowO).test(feed.revoke).click();
        answerQuestion(windowO, "feed-revoke-keep", false);
        assertThat(signedIn.as(t.owner(), () -> feeds.feedIssuedAt(t.id()))).isNotNull();
        in(windowO).test(feed.revoke).click();
        answerQuestion(windowO, "feed-revoke-keep", true);
        assertThat(signedIn.as(t.owner(), () -> feeds.feedIssuedAt(t.id()))).isNull();
        assertThat(feed.revoke.isVisible()).isFalse();
    }

    /** Issue 12: the English UI showed "3/2027"; each language writes its month title its own way. */
    @Test
    void theMonthTitleIsWrittenTheWayEachLanguageWritesIt() {
        Team t = team();
        ScheduleView view = open(windowOf(t.owner()), t.id());
        assertThat(view.periodLabel.getText()).isEqualTo("2027년 3월");
        view.getUI().orElseThrow().setLocale(java.util.Locale.ENGLISH);
        view.refresh();
        assertThat(view.periodLabel.getText()).isEqualTo("March 2027");
    }

    /** QA (English UI): the event dialog's times read "오후 2:00"; they follow the UI's language. */
    @Test
    void theEventDialogsTimesFollowTheUisLanguage() {
        Team t = team();
        LocalDate later = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        long eventId = signedIn.as(t.owner(), () -> schedule.create(t.id(), new EventDraft("촬영팀 미팅",
                EventType.FILMING_MEETING, later, java.time.LocalTime.of(14, 0), later, java.time.LocalTime.of(15, 30),
                null, java.util.Set.of(), null)));
        BrowserlessUIContext english = windowOf(t.owner());
        english.getUI().setLocale(java.util.Locale.ENGLISH);
        follow(english, "experiments/" + t.id() + "/schedule?event=" + eventId, ScheduleView.class);
        EventDialog dialog = opened(english, EventDialog.class);
        assertThat(dialog.startTime.getLocale()).isEqualTo(java.util.Locale.US);
        assertThat(dialog.endTime.getLocale()).isEqualTo(java.util.Locale.US);

        BrowserlessUIContext korean = windowOf(t.owner());
        follow(korean, "experiments/" + t.id() + "/schedule?event=" + eventId, ScheduleView.class);
        assertThat(opened(korean, EventDialog.class).startTime.getLocale()).isEqualTo(java.util.Locale.KOREA);
    }

    @Test
    void aLinkToAnEventShowsItsOwnMonthWithItsDialogOpen() {
        Team t = team();
        LocalDate later = LocalDate.now().plusMonths(4).withDayOfMonth(12);
        long eventId = signedIn.as(t.owner(), () -> schedule.create(t.id(),
                EventDraft.allDay("장소 답사", EventType.MILESTONE, later)));
        BrowserlessUIContext window = windowOf(t.planner());
        ScheduleView view = follow(window, "experiments/" + t.id() + "/schedule?event=" + eventId,
                ScheduleView.class);
        EventDialog dialog = opened(window, EventDialog.class);
        assertThat(dialog.title.getValue()).isEqualTo("장소 답사");
        assertThat(view.cursor).isEqualTo(later);
        assertThat(titlesOn(view, later)).containsExactly("장소 답사");

        // A guest who does not attend it: refused as any other event they may not open, over today's month.
        BrowserlessUIContext guest = windowOf(t.guest());
        ScheduleView guestView = follow(guest, "experiments/" + t.id() + "/schedule?event=" + eventId,
                ScheduleView.class);
        runQueuedAccess(guest);
        assertThat(guest.find(EventDialog.class).all()).isEmpty();
        assertThat(guestView.cursor).isEqualTo(LocalDate.now(spring.getBean(java.time.Clock.class)));
    }
}
