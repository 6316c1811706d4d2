package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import jakarta.persistence.EntityManagerFactory;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * The membership check is read once per node and kept, but never outlives a change of membership: a demoted or
 * removed member is refused at once on the node that made the change, and on another node as soon as the change
 * arrives through the live-update bus.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExperimentAccessCacheTest {

    @Autowired
    ExperimentAccess access;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    LiveUpdateBus bus;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    private String account(String name) {
        String email = "c" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    private long memberIdOf(String owner, long id, String email) {
        return signedIn.as(owner, () -> experiments.get(id)).members().stream()
                .filter(m -> m.email().equals(email)).findFirst().orElseThrow().memberId();
    }

    @Test
    void fiveChecksCostWhatOneCosts() {
        String owner = account("김기획");
        String planner = account("이준비");
        long once = signedIn.as(owner, () -> experiments.create(Drafts.valid("한 번 실험장")));
        long five = signedIn.as(owner, () -> experiments.create(Drafts.valid("다섯 번 실험장")));
        teams.join(owner, once, planner, MemberRole.PLANNER);
        teams.join(owner, five, planner, MemberRole.PLANNER);

        long oneCheck = statements(planner, once, 1);
        long fiveChecks = statements(planner, five, 5);
        assertThat(oneCheck).isPositive();
        assertThat(fiveChecks).as("statements for five checks of the same member").isEqualTo(oneCheck);
    }

    /** Statements run while signed in as {@code email} and checking membership {@code times} times. */
    private long statements(String email, long id, int times) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            signedIn.run(email, () -> {
                for (int i = 0; i < times; i++) {
                    assertThat(access.requireMember(id)).isEqualTo(MemberRole.PLANNER);
                }
            });
            return stats.getPrepareStatementCount();
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    @Test
    void whereAGuestsLinksPointIsKeptUntilTheirMembershipChanges() {
        String owner = account("김기획");
        String guest = account("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("링크 실험장")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long userId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, guest);
        jdbc.update("insert into guest_only_account (user_id, since) values (?, current_timestamp)", userId);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            signedIn.run(guest, () -> {
                assertThat(access.mayStartExperimentsForLinksIn(id)).isFalse();
                long first = stats.getPrepareStatementCount();
                for (int i = 0; i < 5; i++) {
                    assertThat(access.mayStartExperimentsForLinksIn(id)).isFalse();
                }
                assertThat(stats.getPrepareStatementCount()).as("five more asks cost nothing").isEqualTo(first);
            });
        } finally {
            stats.setStatisticsEnabled(false);
        }

        // Made a planner here: from now on the account may start experiments, and its links say so at once.
        teams.changeRole(owner, id, memberIdOf(owner, id, guest), MemberRole.PLANNER);
        assertThat(signedIn.as(guest, () -> access.mayStartExperimentsForLinksIn(id))).isTrue();
        assertThat(signedIn.as(guest, () -> access.mayStartExperiments())).isTrue();
    }

    @Test
    void aDemotedOrRemovedMemberIsRefusedAtOnce() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("강등 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        assertThat(signedIn.as(planner, () -> access.requireEditor(id))).isEqualTo(MemberRole.PLANNER);

        long memberId = memberIdOf(owner, id, planner);
        teams.changeRole(owner, id, memberId, MemberRole.PARTNER_GUEST);
        assertThatThrownBy(() -> signedIn.run(planner, () -> access.requireEditor(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(planner, () -> access.visibleDetails(id))).isEqualTo(GuestScope.NONE);

        signedIn.run(owner, () -> experiments.removeMember(id, memberId));
        assertThatThrownBy(() -> signedIn.run(planner, () -> access.requireMember(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangeMadeOnAnotherNodeArrivesThroughTheBus() throws InterruptedException {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("다른 노드 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        assertThat(signedIn.as(planner, () -> access.requireMember(id))).isEqualTo(MemberRole.PLANNER);

        // Another node removes the planner: its database write, and its announcement through the bus only.
        long userId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, planner);
        jdbc.update("delete from experiment_member where experiment_id = ? and user_id = ?", id, userId);
        assertThat(signedIn.as(planner, () -> access.requireMember(id))).as("kept until the news arrives")
                .isEqualTo(MemberRole.PLANNER);
        bus.publish(LiveUpdate.of(id, WorkspaceLive.MEMBER_REMOVED, userId));

        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        boolean refused = false;
        while (!refused && System.nanoTime() < until) {
            try {
                signedIn.run(planner, () -> access.requireMember(id));
                Thread.sleep(20);
            } catch (AccessDeniedException expected) {
                refused = true;
            }
        }
        assertThat(refused).as("refused after the bus delivered the removal").isTrue();
    }

    /** A bus whose link to the other nodes the test cuts and restores; updates go nowhere. */
    static final class CutBus implements LiveUpdateBus {
        volatile boolean connected = true;
        volatile long epoch;
        final java.util.List<java.util.function.Consumer<Boolean>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Subscription subscribe(long experimentId, java.util.function.Consumer<LiveUpdate> listener) {
            return () -> {
            };
        }

        @Override
        public void publish(LiveUpdate update) {
        }

        @Override
        public Subscription subscribeAll(java.util.function.Consumer<LiveUpdate> listener) {
            return () -> {
            };
        }

        @Override
        public boolean connected() {
            return connected;
        }

        @Override
        public long linkEpoch() {
            return epoch;
        }

        @Override
        public Subscription onConnection(java.util.function.Consumer<Boolean> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        /** The link goes down or comes back, as the Redis bus does it: the epoch first, then the flag, then news. */
        void link(boolean up) {
            epoch++;
            connected = up;
            listeners.forEach(l -> l.accept(up));
        }

        /** Lost and back before anyone was told (the news is still on its way to the listeners). */
        void flickerUnannounced() {
            epoch += 2;
        }
    }

    @Autowired
    kr.silheomjang.experiment.internal.MemberRepository memberRepository;
    @Autowired
    kr.silheomjang.experiment.internal.ExperimentRepository experimentRepository;
    @Autowired
    kr.silheomjang.experiment.internal.GuestOnlyAccountRepository guestOnly;
    @Autowired
    kr.silheomjang.security.CurrentUser currentUser;
    @Autowired
    kr.silheomjang.security.AdministratorService administrators;

    @Test
    void whileTheNodesAreCutOffNothingIsKeptAndWhatWasKeptBeforeALinkFlickerIsNotServed() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("끊긴 노드 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        CutBus cut = new CutBus();
        ExperimentAccess node = new ExperimentAccess(memberRepository, experimentRepository, currentUser,
                administrators, cut, guestOnly);
        long userId = jdbc.queryForObject("select id from app_user where email = ?", Long.class, planner);

        // Cut off: another node's removal could never arrive, so a check made now is not kept, and the removal made
        // right after it is refused at once.
        cut.link(false);
        assertThat(signedIn.as(planner, () -> node.requireMember(id))).isEqualTo(MemberRole.PLANNER);
        jdbc.update("delete from experiment_member where experiment_id = ? and user_id = ?", id, userId);
        assertThatThrownBy(() -> signedIn.run(planner, () -> node.requireMember(id)))
                .isInstanceOf(AccessDeniedException.class);

        // Back and kept again; then the link flickers and another node's removal meanwhile is never heard. What was
        // kept before the flicker is not served, even before the listeners hear that the link came back.
        jdbc.update("insert into experiment_member (experiment_id, user_id, role, joined_at, version) "
                + "select ?, ?, 'PLANNER', joined_at, 0 from experiment_member where experiment_id = ? and role = 'OWNER'",
                id, userId, id);
        cut.link(true);
        assertThat(signedIn.as(planner, () -> node.requireMember(id))).isEqualTo(MemberRole.PLANNER);
        jdbc.update("delete from experiment_member where experiment_id = ? and user_id = ?", id, userId);
        assertThat(signedIn.as(planner, () -> node.requireMember(id))).as("kept while the link holds")
                .isEqualTo(MemberRole.PLANNER);
        cut.flickerUnannounced();
        assertThatThrownBy(() -> signedIn.run(planner, () -> node.requireMember(id)))
                .as("refused at once once the link's epoch changed").isInstanceOf(AccessDeniedException.class);
    }
}
