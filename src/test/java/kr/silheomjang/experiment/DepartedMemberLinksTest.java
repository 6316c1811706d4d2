package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.EventView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * A member who leaves (removed by an owner, or their account deleted) is taken off the cards they were assigned to and
 * the events they attended, so those can be saved again (assignees and attendees must be members).
 */
@SpringBootTest
@ActiveProfiles("test")
class DepartedMemberLinksTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String account(String name) {
        String email = "dep" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    record Links(long experimentId, long cardId, long eventId) {
    }

    /** {@code leaving} is assigned to a card with the owner, and attends an event with them. */
    Links linked(String owner, String leaving) {
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("떠나는 사람")));
        teams.join(owner, id, leaving, MemberRole.PLANNER);
        Set<Long> both = Set.of(idOf(owner), idOf(leaving));
        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        CardDetails card = signedIn.as(owner, () -> planning.card(id, cardId));
        signedIn.run(owner, () -> planning.updateCard(id, cardId, card.version(), new CardDraft(card.title(),
                card.description(), card.category(), null, both, List.of())));
        long eventId = signedIn.as(owner, () -> schedule.create(id, new EventDraft("장소 답사", EventType.MEETING, DAY,
                LocalTime.of(10, 0), DAY, LocalTime.of(11, 0), null, both, null, false)));
        return new Links(id, cardId, eventId);
    }

    /** The card and the event name only the owner now, and both can be saved again as they are shown. */
    void onlyTheOwnerIsLeftAndBothSave(String owner, Links l) {
        long ownerId = idOf(owner);
        CardDetails card = signedIn.as(owner, () -> planning.card(l.experimentId(), l.cardId()));
        assertThat(card.assigneeIds()).containsExactly(ownerId);
        signedIn.run(owner, () -> planning.updateCard(l.experimentId(), l.cardId(), card.version(),
                new CardDraft(card.title() + " (고침)", card.description(), card.category(), null, card.assigneeIds(),
                        List.of())));
        EventView event = signedIn.as(owner, () -> schedule.get(l.experimentId(), l.eventId()));
        assertThat(event.attendeeIds()).containsExactly(ownerId);
        signedIn.run(owner, () -> schedule.update(l.experimentId(), l.eventId(), event.version(),
                new EventDraft("장소 답사 (고침)", event.type(), event.startDate(), event.startTime(), event.endDate(),
                        event.endTime(), event.place(), event.attendeeIds(), event.notes(), event.milestone())));
    }

    @Test
    void aRemovedMemberLeavesTheirCardsAndEvents() {
        String owner = account("소유자");
        String leaving = account("빠지는 기획자");
        Links l = linked(owner, leaving);
        long memberId = signedIn.as(owner, () -> experiments.get(l.experimentId())).members().stream()
                .filter(m -> m.userId() == idOf(leaving)).findFirst().orElseThrow().memberId();

        signedIn.run(owner, () -> experiments.removeMember(l.experimentId(), memberId));

        onlyTheOwnerIsLeftAndBothSave(owner, l);
    }

    @Test
    void aDeletedAccountLeavesItsCardsAndEvents() {
        String owner = account("소유자");
        String leaving = account("탈퇴하는 기획자");
        Links l = linked(owner, leaving);

        signedIn.run(leaving, () -> accounts.deleteOwnAccount(Teams.PASSWORD, null));

        onlyTheOwnerIsLeftAndBothSave(owner, l);
    }
}
