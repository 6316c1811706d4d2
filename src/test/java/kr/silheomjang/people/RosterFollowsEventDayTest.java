package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.schedule.ShiftPreview;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * When the event day moves, the roster's lines on the old event day are in the calendar's one shift question and
 * move with the relative events; lines on other days stay.
 */
@SpringBootTest
@ActiveProfiles("test")
class RosterFollowsEventDayTest {

    static final LocalDate EVENT_DAY = LocalDate.of(2027, 4, 1);
    static final LocalDate MOVED = EVENT_DAY.plusDays(14);

    @Autowired
    Teams teams;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BackwardPlanningService planning;
    @Autowired
    StaffRosterService roster;

    String owner;
    String planner;
    String guest;
    long id;

    @BeforeEach
    void team() {
        String run = Long.toString(System.nanoTime());
        owner = account("owner-" + run, "김기획");
        planner = account("planner-" + run, "이준비");
        guest = account("guest-" + run, "박협력");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("일일야학")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
    }

    String account(String local, String name) {
        String email = local + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long line(String role, LocalDate date) {
        return signedIn.as(owner, () -> roster.add(id, new StaffDraft(role, "최진행", date, LocalTime.of(9, 0),
                LocalTime.of(12, 0), null, null, null, null)));
    }

    LocalDate dateOf(long lineId) {
        return signedIn.as(owner, () -> roster.roster(id)).stream().filter(r -> r.id() == lineId).findFirst()
                .orElseThrow().date();
    }

    void moveEventDay(LocalDate to) {
        var draft = Drafts.valid("일일야학");
        draft.setEventDate(to);
        signedIn.run(owner, () -> experiments.update(id, experiments.get(id).version(), draft));
    }

    ShiftPreview pending(String who) {
        return signedIn.as(who, () -> schedule.calendar(id, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 30)))
                .pendingShift();
    }

    @Test
    void withTheDDayPlanAcceptedTheEventDaysLinesMoveWithTheRelativeEventsAndOtherDaysStay() {
        signedIn.run(owner, () -> planning.acceptTemplate(id));
        long onTheDay = line("진행", EVENT_DAY);
        long setUp = line("설치", EVENT_DAY.minusDays(1));

        moveEventDay(MOVED);

        ShiftPreview preview = pending(planner);
        assertThat(preview.changes()).isNotEmpty();
        assertThat(preview.lines()).singleElement().satisfies(l -> {
            assertThat(l.id()).isEqualTo(onTheDay);
            assertThat(l.groupKey()).isEqualTo("people.tab.staff");
            assertThat(l.title()).contains("진행", "최진행");
            assertThat(l.oldDate()).isEqualTo(EVENT_DAY);
            assertThat(l.newDate()).isEqualTo(MOVED);
        });
        assertThat(pending(guest)).isNull();
        assertThat(dateOf(onTheDay)).as("nothing moves before the team answers").isEqualTo(EVENT_DAY);

        signedIn.run(planner, () -> planning.applyShift(id, EVENT_DAY, MOVED));

        assertThat(dateOf(onTheDay)).isEqualTo(MOVED);
        assertThat(dateOf(setUp)).isEqualTo(EVENT_DAY.minusDays(1));
        assertThat(pending(owner)).isNull();
        assertThat(signedIn.as(owner, () -> roster.roster(id))).filteredOn(r -> r.id() == onTheDay).singleElement()
                .satisfies(r -> assertThat(r.updatedByName()).isEqualTo("이준비"));
    }

    @Test
    void withoutAnyPlanTheRosterIsStillOfferedAndKeepingLeavesItWhereItIs() {
        long onTheDay = line("진행", EVENT_DAY);

        moveEventDay(MOVED);

        ShiftPreview preview = pending(owner);
        assertThat(preview).as("the roster alone is worth the question").isNotNull();
        assertThat(preview.from()).isEqualTo(EVENT_DAY);
        assertThat(preview.changes()).isEmpty();
        assertThat(preview.lines()).extracting(ShiftPreview.Line::id).containsExactly(onTheDay);
        // Accepting the D-day plan now would move the anchor and drop the question unanswered.
        assertThatThrownBy(() -> signedIn.run(owner, () -> planning.acceptTemplate(id)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("schedule.template.shiftFirst");

        signedIn.run(owner, () -> planning.dismissShift(id, MOVED));

        assertThat(dateOf(onTheDay)).isEqualTo(EVENT_DAY);
        assertThat(pending(owner)).isNull();
    }

    @Test
    void movedAgainBeforeAnsweringTheLinesFollowFromTheDayTheyWereOn() {
        long onTheDay = line("진행", EVENT_DAY);
        moveEventDay(EVENT_DAY.plusDays(7));
        moveEventDay(MOVED);

        assertThat(pending(owner).from()).isEqualTo(EVENT_DAY);
        assertThat(signedIn.as(owner, () -> planning.applyShift(id, EVENT_DAY, MOVED))).isZero();
        assertThat(dateOf(onTheDay)).isEqualTo(MOVED);
    }
}
