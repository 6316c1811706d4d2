package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * The proposer form and the calendar share one meeting: a form read before a co-planner moved (or filled in) the
 * meeting on the calendar never moves it back or deletes it on save.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProposerMeetingConflictTest {

    static final LocalDate DAY = LocalDate.of(2027, 2, 10);

    @Autowired
    ProposerConsentService proposers;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    record Team(String a, String b, long id) {
    }

    Team team() {
        String a = account("가기획");
        String b = account("나기획");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("제안자 미팅 " + System.nanoTime())));
        teams.join(a, id, b, MemberRole.PLANNER);
        ProposerView first = signedIn.as(a, () -> proposers.get(id));
        signedIn.run(a, () -> proposers.save(id, first.version(), first.meeting(), withMeeting(first.draft(), DAY)));
        return new Team(a, b, id);
    }

    String account(String name) {
        String email = "pm" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    static ProposerDraft withMeeting(ProposerDraft d, LocalDate day) {
        return new ProposerDraft(true, "박제안", d.email(), d.phone(), d.otherChannel(), day, d.noticeChannel(),
                d.noticeDate(), d.noticeLink());
    }

    static ProposerDraft withOther(ProposerDraft d, String other) {
        return new ProposerDraft(true, "박제안", d.email(), d.phone(), other, d.meetingDate(), d.noticeChannel(),
                d.noticeDate(), d.noticeLink());
    }

    List<EventView> meetings(Team t) {
        return signedIn.as(t.a(), () -> schedule.calendar(t.id(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1))).events().stream().filter(e -> e.type() == EventType.PROPOSER_MEETING)
                .toList();
    }

    /** B moves the meeting on the calendar and writes its notes and attendees there. */
    void bMovesAndFillsIn(Team t, LocalDate to) {
        EventView m = meetings(t).getFirst();
        long aId = accounts.findByEmail(t.a()).orElseThrow().id();
        long bId = accounts.findByEmail(t.b()).orElseThrow().id();
        signedIn.run(t.b(), () -> schedule.update(t.id(), m.id(), m.version(), new EventDraft(m.title(),
                EventType.PROPOSER_MEETING, to, null, to, null, "동네 카페", Set.of(aId, bId), "질문 목록: 참여 동기")));
    }

    @Test
    void savingContactsWithAStaleMeetingDayLeavesTheMeetingACoPlannerMovedOnTheCalendar() {
        Team t = team();
        ProposerView loaded = signedIn.as(t.a(), () -> proposers.get(t.id()));
        bMovesAndFillsIn(t, DAY.plusDays(5));

        // A's form still says DAY; A only changed the other channel.
        signedIn.run(t.a(), () -> proposers.save(t.id(), loaded.version(), loaded.meeting(),
                withOther(loaded.draft(), "문자")));

        assertThat(meetings(t)).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(DAY.plusDays(5));
            assertThat(m.notes()).isEqualTo("질문 목록: 참여 동기");
            assertThat(m.updatedByName()).isEqualTo("나기획");
        });
        assertThat(signedIn.as(t.a(), () -> proposers.get(t.id())).draft().otherChannel()).isEqualTo("문자");
    }

    @Test
    void changingOrClearingTheDayOverACalendarMoveIsAConflictNamingWhoMovedItAndChangesNothing() {
        Team t = team();
        ProposerView loaded = signedIn.as(t.a(), () -> proposers.get(t.id()));
        bMovesAndFillsIn(t, DAY.plusDays(5));

        assertThatThrownBy(() -> signedIn.run(t.a(), () -> proposers.save(t.id(), loaded.version(), loaded.meeting(),
                withOther(withMeeting(loaded.draft(), DAY.plusDays(10)), "카톡"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("나기획");
                    assertThat(e.changedAt()).isNotNull();
                });
        // Cleared in the stale form: the meeting, its notes and attendees stay.
        assertThatThrownBy(() -> signedIn.run(t.a(), () -> proposers.save(t.id(), loaded.version(), loaded.meeting(),
                withMeeting(loaded.draft(), null))))
                .isInstanceOf(ConflictException.class);
        assertThat(meetings(t)).singleElement().satisfies(m -> {
            assertThat(m.startDate()).isEqualTo(DAY.plusDays(5));
            assertThat(m.notes()).isEqualTo("질문 목록: 참여 동기");
            assertThat(m.attendeeIds()).hasSize(2);
        });
        assertThat(signedIn.as(t.a(), () -> proposers.get(t.id())).draft().otherChannel())
                .as("the whole save was refused").isNull();

        // Read again, the change goes through.
        ProposerView fresh = signedIn.as(t.a(), () -> proposers.get(t.id()));
        assertThat(fresh.draft().meetingDate()).isEqualTo(DAY.plusDays(5));
        signedIn.run(t.a(), () -> proposers.save(t.id(), fresh.version(), fresh.meeting(),
                withMeeting(fresh.draft(), DAY.plusDays(10))));
        assertThat(meetings(t)).singleElement().extracting(EventView::startDate).isEqualTo(DAY.plusDays(10));
        ProposerView again = signedIn.as(t.a(), () -> proposers.get(t.id()));
        signedIn.run(t.a(), () -> proposers.save(t.id(), again.version(), again.meeting(),
                withMeeting(again.draft(), null)));
        assertThat(meetings(t)).isEmpty();
    }

    @Test
    void aMeetingDeletedOnTheCalendarIsNotMadeAgainFromAStaleForm() {
        Team t = team();
        ProposerView loaded = signedIn.as(t.a(), () -> proposers.get(t.id()));
        EventView m = meetings(t).getFirst();
        signedIn.run(t.b(), () -> schedule.delete(t.id(), m.id(), m.version()));

        assertThatThrownBy(() -> signedIn.run(t.a(), () -> proposers.save(t.id(), loaded.version(), loaded.meeting(),
                withMeeting(loaded.draft(), DAY.plusDays(3)))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("schedule.error.meetingGone"));
        assertThat(meetings(t)).isEmpty();
        // Clearing it is what happened already.
        signedIn.run(t.a(), () -> proposers.save(t.id(), loaded.version(), loaded.meeting(),
                withMeeting(loaded.draft(), null)));
        assertThat(meetings(t)).isEmpty();
    }
}
