package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.GuestOnlyAccountRepository;
import kr.silheomjang.experiment.internal.MemberRepository;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.ThreadStatements;
import kr.silheomjang.support.Teams;

/**
 * A membership change made on a node cut off from Redis never reaches the other nodes through the bus. Each node's
 * own check of its open pages finds it: the removed viewer's page is told to leave, a changed role or guest scope makes
 * the pages read again, and nothing kept of the old membership is served after it. Here the other node's changes are
 * plain database writes whose announcement is lost, and this node's bus records what it was asked to deliver.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccessRecheckTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PresenceRegistry presence;
    @Autowired
    MemberRepository memberRepository;
    @Autowired
    ExperimentRepository experimentRepository;
    @Autowired
    GuestOnlyAccountRepository guestOnly;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AdministratorService administrators;

    /** A connected node's bus: records what goes to every node and what goes to this node's views only. */
    static final class RecordingBus implements LiveUpdateBus {
        final List<LiveUpdate> everywhere = new CopyOnWriteArrayList<>();
        final List<LiveUpdate> here = new CopyOnWriteArrayList<>();

        @Override
        public Subscription subscribe(long experimentId, Consumer<LiveUpdate> listener) {
            return () -> {
            };
        }

        @Override
        public void publish(LiveUpdate update) {
            everywhere.add(update);
        }

        @Override
        public void publishHere(LiveUpdate update) {
            here.add(update);
        }

        /** What this node's views of one experiment were told (other tests' open pages are checked too). */
        List<LiveUpdate> of(long experimentId) {
            return here.stream().filter(u -> u.experimentId() == experimentId).toList();
        }

        @Override
        public Subscription subscribeAll(Consumer<LiveUpdate> listener) {
            return () -> {
            };
        }
    }

    private record Node(ExperimentAccess access, AccessRecheck recheck, RecordingBus bus) {
    }

    private Node node() {
        RecordingBus bus = new RecordingBus();
        ExperimentAccess access = new ExperimentAccess(memberRepository, experimentRepository, currentUser,
                administrators, bus, guestOnly);
        return new Node(access, new AccessRecheck(presence, memberRepository, experimentRepository, access, bus,
                java.time.Duration.ofSeconds(5)), bus);
    }

    private String account(String name) {
        String email = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
    }

    /** An owner and one member of a new experiment (e-mails, and the member's user id). */
    private record Team(String owner, String member, long id, long memberId) {
    }

    private Team team(String title, MemberRole role) {
        String owner = account("김기획");
        String member = account("이구성");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid(title)));
        teams.join(owner, id, member, role);
        return new Team(owner, member, id, userId(member));
    }

    @Test
    void aRemovalTheBusNeverBroughtMakesTheRemovedViewersPageLeaveAtTheNextCheck() {
        Team team = team("끊긴 노드에서 뺀 사람", MemberRole.PLANNER);
        String owner = team.owner();
        String planner = team.member();
        long id = team.id();
        long plannerId = team.memberId();
        Node node = node();
        try (var ownersPage = presence.join(id, userId(owner), "김기획", "board");
                var plannersPage = presence.join(id, plannerId, "이준비", "board")) {
            assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
            node.recheck().recheck();
            assertThat(node.bus().of(id)).as("the first look has the pages read once more, with nothing kept")
                    .containsExactly(LiveUpdate.of(id, WorkspaceLive.MEMBERS));
            node.bus().here.clear();
            assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);

            // The other node removes the planner; its news never comes. The role is still kept here.
            jdbc.update("delete from experiment_member where experiment_id = ? and user_id = ?", id, plannerId);
            assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);

            node.recheck().recheck();
            assertThat(node.bus().here).contains(LiveUpdate.of(id, WorkspaceLive.MEMBER_REMOVED, plannerId),
                    LiveUpdate.of(id, WorkspaceLive.MEMBERS));
            assertThat(node.bus().everywhere).as("each node tells only its own views").isEmpty();
            assertThatThrownBy(() -> signedIn.run(planner, () -> node.access().requireMember(id)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(presence.openHere().get(id)).containsExactly(userId(owner));

            // Nothing new: the next check says nothing.
            node.bus().here.clear();
            node.recheck().recheck();
            assertThat(node.bus().of(id)).isEmpty();
        }
    }

    @Test
    void aRoleOrGuestScopeChangedElsewhereMakesThePagesReadAgainWithTheNewOne() {
        Team team = team("끊긴 노드에서 바뀐 역할", MemberRole.PARTNER_GUEST);
        String partner = team.member();
        long id = team.id();
        long partnerId = team.memberId();
        Node node = node();
        try (var page = presence.join(id, partnerId, "박협력", "people")) {
            assertThat(signedIn.as(partner, () -> node.access().visibleDetails(id))).isEqualTo(GuestScope.NONE);
            node.recheck().recheck();
            node.bus().here.clear();

            jdbc.update("update experiment set guest_sees_contacts = 1 where id = ?", id);
            node.recheck().recheck();
            assertThat(node.bus().of(id)).containsExactly(LiveUpdate.of(id, WorkspaceLive.EXPERIMENT));
            assertThat(signedIn.as(partner, () -> node.access().visibleDetails(id)))
                    .isEqualTo(new GuestScope(true, false, false));

            node.bus().here.clear();
            jdbc.update("update experiment_member set role = 'PLANNER' where experiment_id = ? and user_id = ?", id,
                    partnerId);
            node.recheck().recheck();
            assertThat(node.bus().of(id)).containsExactly(LiveUpdate.of(id, WorkspaceLive.MEMBERS));
            assertThat(signedIn.as(partner, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
        }
    }

    /**
     * A read of an experiment with no page open here (a page still opening, a download) keeps the caller's role too:
     * the check reads it along and drops it once it differs, though there is no page to tell.
     */
    @Test
    void whatIsKeptOfAnExperimentWithNoPageOpenHereIsDroppedOnceItChangedElsewhere() {
        Team team = team("열린 화면 없는 실험장", MemberRole.PLANNER);
        String member = team.member();
        long id = team.id();
        long memberId = team.memberId();
        Node node = node();
        assertThat(presence.openHere()).doesNotContainKey(id);
        assertThat(signedIn.as(member, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
        node.recheck().recheck();
        assertThat(node.access().keptExperiments()).as("unchanged: still kept").contains(id);

        // The other node makes the planner a partner guest; its news never comes.
        jdbc.update("update experiment_member set role = 'PARTNER_GUEST' where experiment_id = ? and user_id = ?", id,
                memberId);
        assertThat(signedIn.as(member, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
        node.recheck().recheck();
        assertThat(signedIn.as(member, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PARTNER_GUEST);
        assertThat(signedIn.as(member, () -> node.access().visibleDetails(id))).isEqualTo(GuestScope.NONE);

        // Then it shows guests the contacts, and then removes the guest: each kept until the next check, not after.
        jdbc.update("update experiment set guest_sees_contacts = 1 where id = ?", id);
        assertThat(signedIn.as(member, () -> node.access().visibleDetails(id))).isEqualTo(GuestScope.NONE);
        node.recheck().recheck();
        assertThat(signedIn.as(member, () -> node.access().visibleDetails(id)))
                .isEqualTo(new GuestScope(true, false, false));
        jdbc.update("delete from experiment_member where experiment_id = ? and user_id = ?", id, memberId);
        assertThat(signedIn.as(member, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PARTNER_GUEST);
        node.recheck().recheck();
        assertThatThrownBy(() -> signedIn.run(member, () -> node.access().requireMember(id)))
                .isInstanceOf(AccessDeniedException.class);

        // Kept as no member (refused), then added on the other node: let in after the next check.
        String outsider = account("최외부");
        assertThatThrownBy(() -> signedIn.run(outsider, () -> node.access().requireMember(id)))
                .isInstanceOf(AccessDeniedException.class);
        teams.join(team.owner(), id, outsider, MemberRole.PLANNER);
        assertThatThrownBy(() -> signedIn.run(outsider, () -> node.access().requireMember(id)))
                .as("kept as no member until the check").isInstanceOf(AccessDeniedException.class);
        node.recheck().recheck();
        assertThat(signedIn.as(outsider, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
        assertThat(node.bus().of(id)).as("no page here to tell").isEmpty();
        assertThat(node.bus().everywhere).isEmpty();
    }

    @Test
    void whatIsKeptOfAnExperimentWhoseLastPageHereClosedIsNotServedWhenItOpensAgain() {
        Team team = team("닫았다 다시 연 실험장", MemberRole.PLANNER);
        String planner = team.member();
        long id = team.id();
        long plannerId = team.memberId();
        Node node = node();
        try (var page = presence.join(id, plannerId, "이준비", "people")) {
            node.recheck().recheck();
            assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).isEqualTo(MemberRole.PLANNER);
        }
        // The page closed; the other node then makes the planner a partner guest, and its news is lost.
        jdbc.update("update experiment_member set role = 'PARTNER_GUEST' where experiment_id = ? and user_id = ?", id,
                plannerId);
        assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).as("kept")
                .isEqualTo(MemberRole.PLANNER);
        node.recheck().recheck();
        assertThat(signedIn.as(planner, () -> node.access().requireMember(id))).as("dropped with the last page")
                .isEqualTo(MemberRole.PARTNER_GUEST);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aSingleNodeHasNoSuchCheck() {
        assertThat(context.getBeanNamesForType(AccessRecheck.class)).isEmpty();
    }

    @Test
    void aCheckReadsTwiceWhateverTheNumberOfOpenPages() {
        String owner = account("김기획");
        long ownerId = userId(owner);
        Node node = node();
        List<Long> ids = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> signedIn.as(owner, () -> experiments.create(Drafts.valid("열린 실험장 " + i)))).toList();
        List<LiveUpdateBus.Subscription> pages = new java.util.ArrayList<>();
        try {
            pages.add(presence.join(ids.get(0), ownerId, "김기획", "board"));
            List<String> one = ThreadStatements.recordedDuring(node.recheck()::recheck);
            for (long id : ids) {
                pages.add(presence.join(id, ownerId, "김기획", "board"));
                pages.add(presence.join(id, ownerId, "김기획", "calendar"));
            }
            List<String> many = ThreadStatements.recordedDuring(node.recheck()::recheck);
            assertThat(one).hasSize(2);
            assertThat(many).hasSize(2);
            ids.forEach(id -> assertThat(node.bus().of(id)).as("the first look at each, nothing after")
                    .containsExactly(LiveUpdate.of(id, WorkspaceLive.MEMBERS)));
        } finally {
            pages.forEach(LiveUpdateBus.Subscription::close);
        }
    }
}
