package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ActivityView;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Least privilege for partner guests: names, groups and statuses of participants only, searched by name only, unless
 * the owner turns more on for the experiment; enforced in the services, so the data never reaches a guest's view.
 */
@SpringBootTest
@ActiveProfiles("test")
class GuestScopeTest {

    @Autowired
    Teams teams;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ParticipantService participants;

    String owner;
    String planner;
    String guest;
    long id;

    String account(String name) {
        String email = "g" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    @BeforeEach
    void experimentWithAGuestAndAParticipantWithEverything() {
        owner = account("소유자");
        planner = account("기획자");
        guest = account("협력 게스트");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("게스트 범위 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> participants.create(id, new ParticipantDraft("홍길동", "010-1234-5678",
                "hong@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.CONFIRMED, PhotoConsent.GRANTED,
                "휠체어 이용", "견과류 알레르기", "오후에만 가능")));
    }

    @Test
    void aGuestSeesNamesGroupsAndStatusesOnlyThroughEveryReadingMethod() {
        List<ParticipantRow> seen = signedIn.as(guest, () -> List.of(
                participants.list(id).get(0),
                participants.page(id, ParticipantFilter.ALL, "name", true, 0, 10).get(0),
                participants.rows(id, Set.of(participants.list(id).get(0).id())).get(0)));
        for (ParticipantRow row : seen) {
            assertThat(row.name()).isEqualTo("홍길동");
            assertThat(row.status()).isEqualTo(AttendanceStatus.CONFIRMED);
            assertThat(row.group()).isEqualTo(ParticipantGroup.PARTICIPANT);
            assertThat(row.phone()).isNull();
            assertThat(row.email()).isNull();
            assertThat(row.accessibilityNeeds()).isNull();
            assertThat(row.dietaryNeeds()).isNull();
            assertThat(row.notes()).isNull();
        }
        // The planning team sees everything.
        ParticipantRow planners = signedIn.as(planner, () -> participants.list(id)).get(0);
        assertThat(planners.phone()).isEqualTo("010-1234-5678");
        assertThat(planners.accessibilityNeeds()).isEqualTo("휠체어 이용");
        assertThat(planners.notes()).isEqualTo("오후에만 가능");
    }

    @Test
    void aGuestCannotRecoverAHiddenPhoneOrAddressThroughTheSearch() {
        for (String probe : List.of("1234", "010-1234", "hong@", "example.kr")) {
            ParticipantFilter f = new ParticipantFilter(probe, null, null, null);
            assertThat(signedIn.as(guest, () -> participants.count(id, f))).as(probe).isZero();
            assertThat(signedIn.as(guest, () -> participants.page(id, f, "name", true, 0, 10))).as(probe).isEmpty();
            assertThat(signedIn.as(planner, () -> participants.count(id, f))).as(probe).isEqualTo(1);
        }
        ParticipantFilter byName = new ParticipantFilter("길동", null, null, null);
        assertThat(signedIn.as(guest, () -> participants.count(id, byName))).isEqualTo(1);
    }

    @Test
    void theOwnerTurnsDetailsOnForThisExperimentOnlyAndTheFeedRecordsIt() {
        long version = signedIn.as(owner, () -> experiments.get(id)).version();
        signedIn.run(owner, () -> experiments.setGuestScope(id, version, new GuestScope(true, false, false)));

        ParticipantRow row = signedIn.as(guest, () -> participants.list(id)).get(0);
        assertThat(row.phone()).isEqualTo("010-1234-5678");
        assertThat(row.email()).isEqualTo("hong@example.kr");
        assertThat(row.accessibilityNeeds()).isNull();
        assertThat(row.dietaryNeeds()).isNull();
        assertThat(row.notes()).isNull();
        assertThat(signedIn.as(guest, () -> participants.count(id, new ParticipantFilter("1234", null, null, null))))
                .isEqualTo(1);
        assertThat(signedIn.as(guest, () -> experiments.get(id)).guestScope())
                .isEqualTo(new GuestScope(true, false, false));

        long next = signedIn.as(owner, () -> experiments.get(id)).version();
        signedIn.run(owner, () -> experiments.setGuestScope(id, next, new GuestScope(false, true, true)));
        row = signedIn.as(guest, () -> participants.list(id)).get(0);
        assertThat(row.phone()).isNull();
        assertThat(row.accessibilityNeeds()).isEqualTo("휠체어 이용");
        assertThat(row.dietaryNeeds()).isEqualTo("견과류 알레르기");
        assertThat(row.notes()).isEqualTo("오후에만 가능");

        List<ActivityView> feed = signedIn.as(owner, () -> experiments.activity(id, 0, 50));
        assertThat(feed).filteredOn(a -> a.action() == ActivityAction.GUEST_SCOPE_CHANGED)
                .extracting(ActivityView::detail).containsExactly("needs,notes", "contacts");

        // Another experiment of the same owner keeps the default.
        long other = signedIn.as(owner, () -> experiments.create(Drafts.valid("다른 실험장")));
        assertThat(signedIn.as(owner, () -> experiments.get(other)).guestScope()).isEqualTo(GuestScope.NONE);
    }

    @Test
    void onlyTheOwnerChangesWhatGuestsSee() {
        long version = signedIn.as(owner, () -> experiments.get(id)).version();
        for (String notOwner : List.of(planner, guest)) {
            assertThatThrownBy(() -> signedIn.run(notOwner, () -> experiments.setGuestScope(id, version,
                    GuestScope.ALL))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signedIn.as(owner, () -> experiments.get(id)).guestScope()).isEqualTo(GuestScope.NONE);
        assertThat(signedIn.as(owner, () -> experiments.get(id)).version()).isEqualTo(version);
    }

    @Test
    void aGuestSeesTheTeamByNameAndNoInviteesAddresses() {
        List<MemberView> team = signedIn.as(guest, () -> experiments.get(id)).members();
        assertThat(team).hasSize(3);
        assertThat(team).filteredOn(m -> m.role() != MemberRole.PARTNER_GUEST).extracting(MemberView::email)
                .containsOnlyNulls();
        assertThat(team).filteredOn(m -> m.role() == MemberRole.PARTNER_GUEST).extracting(MemberView::email)
                .containsExactly(guest);
        assertThat(signedIn.as(planner, () -> experiments.get(id)).members()).extracting(MemberView::email)
                .doesNotContainNull();

        List<ActivityView> guestFeed = signedIn.as(guest, () -> experiments.activity(id, 0, 50));
        assertThat(guestFeed).filteredOn(a -> a.action() == ActivityAction.MEMBER_INVITED).hasSize(2)
                .allSatisfy(a -> {
                    assertThat(a.detail()).startsWith(ActivityView.HIDDEN + "|");
                    assertThat(a.detail()).doesNotContain("@");
                });
        assertThat(signedIn.as(owner, () -> experiments.activity(id, 0, 50)))
                .filteredOn(a -> a.action() == ActivityAction.MEMBER_INVITED)
                .extracting(ActivityView::detail).anyMatch(d -> d.startsWith(guest + "|"));
    }
}
