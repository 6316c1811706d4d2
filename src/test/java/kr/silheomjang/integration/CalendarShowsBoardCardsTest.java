package kr.silheomjang.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.DueDateSource.DueItem;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/** Issue 4 point 3 with the real planning board: due cards on the calendar, and moving one there moves its due date. */
@SpringBootTest
@ActiveProfiles("test")
class CalendarShowsBoardCardsTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    PlanningService planning;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SignedIn signedIn;

    @Test
    void aDueCardAppearsOnTheCalendarAndMovingItThereChangesItsDueDate() {
        String owner = "cal-owner-" + System.nanoTime() + "@test.kr";
        String guest = "cal-guest-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "보드 주인", "password-123");
        accounts.createAccount(guest, "협력 게스트", "password-123");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("보드와 일정")));
        String link = signedIn.as(owner, () -> invitations.invite(id, guest, MemberRole.PARTNER_GUEST).link());
        signedIn.run(guest, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));

        long cardId = signedIn.as(owner, () -> planning.board(id)).columns().get(0).cards().get(0).id();
        LocalDate due = LocalDate.of(2027, 2, 10);
        signedIn.run(owner, () -> planning.moveDue(id, cardId, due));

        var onCalendar = signedIn.as(owner, () -> schedule.calendar(id, due.minusDays(3), due.plusDays(3))).dueItems();
        DueItem item = onCalendar.stream().filter(i -> i.id() == cardId).findFirst().orElseThrow();
        assertThat(item.kind()).isEqualTo("card");
        assertThat(item.due()).isEqualTo(due);

        signedIn.run(owner, () -> schedule.moveDue(id, item, due.plusDays(5)));
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).due()).isEqualTo(due.plusDays(5));

        DueItem moved = new DueItem(item.kind(), item.id(), item.title(), due.plusDays(5));
        assertThatThrownBy(() -> signedIn.run(guest, () -> schedule.moveDue(id, moved, due)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(owner, () -> planning.card(id, cardId)).due()).isEqualTo(due.plusDays(5));
    }
}
