package kr.silheomjang.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.shared.DueDateSource;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.Teams;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class ScheduleServiceTest {

    /** Stands in for the planning board: one card per experiment, due where the calendar last moved it. */
    static class FakeCards implements DueDateSource {
        final List<String> moves = new CopyOnWriteArrayList<>();
        final java.util.Map<Long, LocalDate> due = new java.util.concurrent.ConcurrentHashMap<>();
        ExperimentAccess access;

        @Override
        public List<DueItem> dueItems(long experimentId, LocalDate from, LocalDate to) {
            access.requireMember(experimentId);
            LocalDate d = due.getOrDefault(experimentId, LocalDate.of(2027, 3, 10));
            return d.isBefore(from) || d.isAfter(to) ? List.of()
                    : List.of(new DueItem("card", 1000 + experimentId, "현수막 시안", d));
        }

        @Override
        public java.util.Set<PlanningLive> liveKinds() {
            return java.util.Set.of(PlanningLive.BOARD);
        }

        @Override
        public void moveDue(long experimentId, long itemId, LocalDate newDue) {
            access.requireEditor(experimentId);
            moves.add(experimentId + ":" + itemId + "->" + newDue);
            due.put(experimentId, newDue);
        }
    }

    @TestConfiguration
    static class FakeCardsConfig {
        @Bean
        FakeCards fakeCards(ExperimentAccess access) {
            FakeCards cards = new FakeCards();
            cards.access = access;
            return cards;
        }
    }

    @Autowired
    Teams teams;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BackwardPlanningService planning;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    FakeCards cards;

    String owner;
    String planner;
    String guest;
    String outsider;
    long id;
    long otherId;

    static final LocalDate EVENT_DAY = LocalDate.of(2027, 4, 1);

    @BeforeEach
    void team() {
        String run = Long.toString(System.nanoTime());
        owner = account("owner-" + run, "김기획");
        planner = account("planner-" + run, "이준비");
        guest = account("guest-" + run, "박협력");
        outsider = account("outsider-" + run, "남의팀");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("일일야학")));
        otherId = signedIn.as(outsider, () -> experiments.create(Drafts.valid("남의 실험")));
        join(id, planner, MemberRole.PLANNER);
        join(id, guest, MemberRole.PARTNER_GUEST);
    }

    String account(String local, String name) {
        String email = local + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    void join(long experimentId, String email, MemberRole role) {
        teams.join(owner, experimentId, email, role);
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    CalendarData calendarAs(String who) {
        return signedIn.as(who, () -> schedule.calendar(id, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 30)));
    }

    /**
     * Guests' calendars of one range share one read per change (SharedReads): the first guest's read must not carry
     * their address to the next guest (nor any member's address to a guest).
     */
    @Test
    void guestsSharingOneCalendarReadGetNoMembersAddress() {
        String second = account("guest2-" + System.nanoTime(), "최협력");
        join(id, second, MemberRole.PARTNER_GUEST);
        CalendarData[] seen = new CalendarData[2];
        kr.silheomjang.collab.ReadFreshness.during(System.nanoTime(), () -> {
            seen[0] = calendarAs(guest);
            seen[1] = calendarAs(second);
        });
        for (CalendarData data : seen) {
            assertThat(data.members()).hasSize(4).allSatisfy(m -> assertThat(m.email()).isNull());
        }
        assertThat(calendarAs(owner).members()).extracting(m -> m.email()).contains(guest, second);
    }

    EventDraft meeting(LocalDate day, Set<Long> attendees) {
        return new EventDraft("촬영팀 미팅", EventType.FILMING_MEETING, day, LocalTime.of(14, 0), day,
                LocalTime.of(15, 30), "서울역 회의실", attendees, "동선 확인");
    }

    @Test
    void anEditorCreatesEditsAndMovesEventsKeepingTheirLengthAndTimes() {
        long eventId = signedIn.as(planner, () -> schedule.create(id, new EventDraft("장소 답사",
                EventType.MILESTONE, LocalDate.of(2027, 2, 1), null, LocalDate.of(2027, 2, 3), null, " 서울역 ",
                Set.of(userId(owner)), null)));
        EventView created = signedIn.as(owner, () -> schedule.get(id, eventId));
        assertThat(created.place()).isEqualTo("서울역");
        assertThat(created.allDay()).isTrue();

        signedIn.run(owner, () -> schedule.move(id, eventId, created.version(), LocalDate.of(2027, 2, 10)));
        EventView moved = signedIn.as(owner, () -> schedule.get(id, eventId));
        assertThat(moved.startDate()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(moved.endDate()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(moved.updatedByName()).isEqualTo("김기획");
        assertThat(moved.uid()).isEqualTo(created.uid());

        assertThat(calendarAs(planner).events()).extracting(EventView::title).containsExactly("장소 답사");

        // Dropped on the 16:00 slot of the week, a 14:00-15:30 meeting keeps its 90 minutes.
        long meetingId = signedIn.as(owner, () -> schedule.create(id, meeting(LocalDate.of(2027, 2, 4), Set.of())));
        long v = signedIn.as(owner, () -> schedule.get(id, meetingId)).version();
        signedIn.run(owner, () -> schedule.moveTo(id, meetingId, v, LocalDate.of(2027, 2, 5), LocalTime.of(16, 0)));
        EventView slotted = signedIn.as(owner, () -> schedule.get(id, meetingId));
        assertThat(slotted.startDate()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(slotted.startTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(slotted.endTime()).isEqualTo(LocalTime.of(17, 30));
        // An all-day event dropped on a slot stays all-day.
        signedIn.run(owner, () -> schedule.moveTo(id, eventId, moved.version(), LocalDate.of(2027, 2, 11),
                LocalTime.of(9, 0)));
        assertThat(signedIn.as(owner, () -> schedule.get(id, eventId)).allDay()).isTrue();
    }

    @Test
    void badInputIsRefusedInKoreanKeysAndNothingIsSaved() {
        EventDraft endsBeforeItStarts = new EventDraft("", null, LocalDate.of(2027, 2, 5), LocalTime.of(10, 0),
                LocalDate.of(2027, 2, 4), LocalTime.of(11, 0), null, Set.of(userId(outsider)), null);
        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.create(id, endsBeforeItStarts)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messageKeys()).containsExactly(
                        "schedule.error.titleRequired", "schedule.error.typeRequired",
                        "schedule.error.endBeforeStart", "schedule.error.attendeeNotMember"));
        EventDraft sameDayBackwards = new EventDraft("회의", EventType.PARTNER_MEETING, LocalDate.of(2027, 2, 5),
                LocalTime.of(10, 0), LocalDate.of(2027, 2, 5), LocalTime.of(9, 0), null, Set.of(), null);
        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.create(id, sameDayBackwards)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("schedule.error.endBeforeStart");
        EventDraft halfTimed = new EventDraft("회의", EventType.PARTNER_MEETING, LocalDate.of(2027, 2, 5),
                LocalTime.of(10, 0), LocalDate.of(2027, 2, 5), null, null, Set.of(), null);
        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.create(id, halfTimed)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("schedule.error.timeIncomplete");
        // A year slipped in the picker: 1900, 9999, or beyond the ten years back / five ahead an experiment spans.
        LocalDate today = LocalDate.now(kr.silheomjang.Application.ZONE);
        for (LocalDate[] span : new LocalDate[][] {{LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1)},
                {LocalDate.of(9999, 12, 31), LocalDate.of(9999, 12, 31)},
                {today.minusYears(10).minusDays(1), today}, {today, today.plusYears(5).plusDays(1)}}) {
            EventDraft slipped = new EventDraft("회의", EventType.PARTNER_MEETING, span[0], null, span[1], null, null,
                    Set.of(), null);
            assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.create(id, slipped))).as("%s", span[0])
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("schedule.error.dateRange"));
        }
        assertThat(calendarAs(owner).events()).isEmpty();
    }

    @Test
    void aStaleVersionIsAConflictNamingWhoChangedItAndWritesNothing() {
        long eventId = signedIn.as(owner, () -> schedule.create(id, meeting(LocalDate.of(2027, 3, 3), Set.of())));
        long seen = signedIn.as(owner, () -> schedule.get(id, eventId)).version();
        signedIn.run(planner, () -> schedule.move(id, eventId, seen, LocalDate.of(2027, 3, 4)));

        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.update(id, eventId, seen,
                meeting(LocalDate.of(2027, 3, 9), Set.of()))))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.changedBy()).isEqualTo("이준비"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.move(id, eventId, seen, LocalDate.of(2027, 3, 9))))
                .isInstanceOf(ConflictException.class);
        assertThat(signedIn.as(owner, () -> schedule.get(id, eventId)).startDate()).isEqualTo(LocalDate.of(2027, 3, 4));
    }

    /**
     * How many of the template's 11 steps accepting makes: all but the proposer meeting (D-120) once its day has
     * passed in Seoul, which depends on the day the test runs.
     */
    private int stepsToMake() {
        return (int) signedIn.as(owner, () -> planning.template(id)).stream().filter(s -> !s.pastMeeting()).count();
    }

    @Test
    void theOwnerAcceptsTheStoredTemplateOnceAndEventsRememberTheirOffset() {
        List<TemplateStepView> preview = signedIn.as(owner, () -> planning.template(id));
        assertThat(preview).extracting(TemplateStepView::offsetDays)
                .containsExactly(-120, -90, -60, -45, -30, -14, -7, -1, 7, 14, 30);
        assertThat(preview.get(0).title()).isEqualTo("제안자 미팅");
        assertThat(preview.get(0).date()).isEqualTo(EVENT_DAY.minusDays(120));
        int expected = stepsToMake();

        assertThatThrownBy(() -> signedIn.run(planner, () -> planning.acceptTemplate(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(owner, () -> planning.acceptTemplate(id))).isEqualTo(expected);
        assertThat(signedIn.as(owner, () -> planning.acceptTemplate(id))).isZero();

        List<EventView> made = calendarAs(owner).events();
        assertThat(made).hasSize(expected);
        EventView rehearsal = made.stream().filter(e -> e.title().equals("리허설")).findFirst().orElseThrow();
        assertThat(rehearsal.startDate()).isEqualTo(EVENT_DAY.minusDays(1));
        assertThat(rehearsal.offsetDays()).isEqualTo(-1);

        // The template is stored data the owner edits: a new step shows in the next preview.
        signedIn.run(owner, () -> planning.saveTemplateStep(id, null, 0, -3, "장비 대여", EventType.DEADLINE));
        assertThat(signedIn.as(owner, () -> planning.template(id))).extracting(TemplateStepView::title)
                .contains("장비 대여");
        assertThatThrownBy(() -> signedIn.run(planner,
                () -> planning.saveTemplateStep(id, null, 0, -3, "몰래", EventType.DEADLINE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void whenTheEventDayMovesTheRelativeEventsAreOfferedForShiftingWithAPreviewFirst() {
        int expected = stepsToMake();
        signedIn.run(owner, () -> planning.acceptTemplate(id));
        long handMade = signedIn.as(owner, () -> schedule.create(id, meeting(LocalDate.of(2027, 3, 3), Set.of())));
        assertThat(calendarAs(owner).pendingShift()).isNull();

        var draft = Drafts.valid("일일야학");
        draft.setEventDate(EVENT_DAY.plusDays(14));
        signedIn.run(owner, () -> experiments.update(id, experiments.get(id).version(), draft));

        ShiftPreview preview = calendarAs(planner).pendingShift();
        assertThat(preview.from()).isEqualTo(EVENT_DAY);
        assertThat(preview.to()).isEqualTo(EVENT_DAY.plusDays(14));
        assertThat(preview.changes()).hasSize(expected)
                .allSatisfy(c -> assertThat(c.newStart()).isEqualTo(c.oldStart().plusDays(14)));
        assertThat(calendarAs(guest).pendingShift()).isNull();

        assertThatThrownBy(() -> signedIn.run(planner,
                () -> planning.applyShift(id, EVENT_DAY, EVENT_DAY.plusDays(7))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("schedule.shift.stale");
        assertThat(signedIn.as(planner, () -> planning.applyShift(id, EVENT_DAY, EVENT_DAY.plusDays(14))))
                .isEqualTo(expected);

        CalendarData after = calendarAs(owner);
        assertThat(after.pendingShift()).isNull();
        assertThat(after.events()).filteredOn(e -> e.title().equals("리허설")).singleElement()
                .satisfies(e -> assertThat(e.startDate()).isEqualTo(EVENT_DAY.plusDays(13)));
        assertThat(signedIn.as(owner, () -> schedule.get(id, handMade)).startDate())
                .isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void twoOwnersFirstGuestSettingBeforeAnySettingsRowIsCheckedLikeAnyOther() {
        long plannerMember = signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.userId() == userId(planner)).findFirst().orElseThrow().memberId();
        teams.changeRole(owner, id, plannerMember, MemberRole.OWNER);
        long seenByOwner = calendarAs(owner).settingsVersion();
        long seenByCoOwner = calendarAs(planner).settingsVersion();
        assertThat(seenByOwner).as("no settings row yet").isEqualTo(-1);
        assertThat(seenByCoOwner).isEqualTo(-1);

        signedIn.run(planner, () -> schedule.setGuestsMayAdd(id, seenByCoOwner, true));
        assertThatThrownBy(() -> signedIn.run(owner, () -> schedule.setGuestsMayAdd(id, seenByOwner, false)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("이준비");
                    assertThat(e.changedAt()).isNotNull();
                });
        assertThat(calendarAs(owner).guestsMayAdd()).isTrue();
    }

    @Test
    void guestsSeeTheEventsTheyAttendAndAddOnlyWhenTheOwnerAllows() {
        long theirs = signedIn.as(owner, () -> schedule.create(id,
                meeting(LocalDate.of(2027, 3, 3), Set.of(userId(guest)))));
        signedIn.as(owner, () -> schedule.create(id, EventDraft.allDay("내부 회의", EventType.MILESTONE,
                LocalDate.of(2027, 3, 4))));

        CalendarData seen = calendarAs(guest);
        assertThat(seen.events()).extracting(EventView::id).containsExactly(theirs);
        assertThat(seen.canAdd()).isFalse();
        assertThat(seen.events().get(0).editable()).isFalse();
        EventDraft mine = EventDraft.allDay("협력기관 미팅", EventType.PARTNER_MEETING, LocalDate.of(2027, 3, 5));
        assertThatThrownBy(() -> signedIn.run(guest, () -> schedule.create(id, mine)))
                .isInstanceOf(AccessDeniedException.class);
        long v = signedIn.as(guest, () -> schedule.get(id, theirs)).version();
        assertThatThrownBy(() -> signedIn.run(guest, () -> schedule.move(id, theirs, v, LocalDate.of(2027, 3, 9))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(planner, () -> schedule.setGuestsMayAdd(id, -1, true)))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.run(owner, () -> schedule.setGuestsMayAdd(id, calendarAs(owner).settingsVersion(), true));
        long added = signedIn.as(guest, () -> schedule.create(id, mine));
        CalendarData now = calendarAs(guest);
        assertThat(now.canAdd()).isTrue();
        assertThat(now.events()).extracting(EventView::id).containsExactlyInAnyOrder(theirs, added);
        long addedVersion = signedIn.as(guest, () -> schedule.get(id, added)).version();
        signedIn.run(guest, () -> schedule.move(id, added, addedVersion, LocalDate.of(2027, 3, 6)));
        assertThatThrownBy(() -> signedIn.run(guest, () -> schedule.move(id, theirs, v, LocalDate.of(2027, 3, 9))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void planningCardsShowOnTheCalendarAndMovingOneThereMovesItsDueDate() {
        CalendarData data = calendarAs(planner);
        assertThat(data.dueItems()).extracting(DueDateSource.DueItem::title).containsExactly("현수막 시안");
        DueDateSource.DueItem card = data.dueItems().get(0);

        signedIn.run(planner, () -> schedule.moveDue(id, card, LocalDate.of(2027, 3, 12)));

        assertThat(cards.moves).contains(id + ":" + card.id() + "->2027-03-12");
        assertThat(calendarAs(planner).dueItems()).extracting(DueDateSource.DueItem::due)
                .containsExactly(LocalDate.of(2027, 3, 12));
        DueDateSource.DueItem moved = calendarAs(planner).dueItems().get(0);
        assertThatThrownBy(() -> signedIn.run(guest, () -> schedule.moveDue(id, moved, LocalDate.of(2027, 3, 1))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberOfAnotherExperimentGetsNothingThroughAnyMethod() {
        long eventId = signedIn.as(owner, () -> schedule.create(id, meeting(LocalDate.of(2027, 3, 3), Set.of())));
        LocalDate d = LocalDate.of(2027, 3, 3);
        List<ThrowingCallable> calls = new ArrayList<>(List.of(
                () -> schedule.calendar(id, d, d),
                () -> schedule.eventDate(id),
                () -> schedule.get(id, eventId),
                () -> schedule.create(id, meeting(d, Set.of())),
                () -> schedule.update(id, eventId, 0, meeting(d, Set.of())),
                () -> schedule.move(id, eventId, 0, d),
                () -> schedule.moveTo(id, eventId, 0, d, LocalTime.NOON),
                () -> schedule.delete(id, eventId, 0),
                () -> schedule.moveDue(id, new DueDateSource.DueItem("card", 1000 + id, "x", d), d),
                () -> planning.template(id),
                () -> planning.acceptTemplate(id),
                () -> planning.saveTemplateStep(id, null, 0, -1, "x", EventType.MILESTONE),
                () -> planning.removeTemplateStep(id, 1),
                () -> planning.applyShift(id, d, d),
                () -> planning.dismissShift(id, d),
                () -> schedule.setGuestsMayAdd(id, -1, true),
                () -> feeds.issueFeedToken(id),
                () -> feeds.revokeFeedToken(id),
                () -> feeds.feedIssuedAt(id),
                () -> feeds.feedIcs(id),
                () -> schedule.eventIcs(id, eventId)));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(() -> signedIn.run(outsider, () -> {
                try {
                    call.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            })).isInstanceOf(NotFoundOrDeniedException.class);
        }
        // Nor can an event of this experiment be reached through the outsider's own experiment.
        assertThatThrownBy(() -> signedIn.run(outsider, () -> schedule.get(otherId, eventId)))
                .isInstanceOf(UserFacingException.class);
        assertThat(signedIn.as(owner, () -> schedule.get(id, eventId)).title()).isEqualTo("촬영팀 미팅");
    }
}
