package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

import jakarta.persistence.EntityManagerFactory;

import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * One change heard by N open boards on a node costs the same reads whatever N (issue #21): the boards that heard it
 * share one read that began after the change, and still each sees the change and its own role. Statistics are
 * switched on at run time for the reason given in {@link BoardQueryCountTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class BoardFanOutReadTest {

    @Autowired
    PlanningService planning;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    LiveUpdateBus bus;

    @Test
    void oneChangeHeardByOneOrTwentyBoardsIsReadTheSameNumberOfTimes() throws Exception {
        String owner = "fan" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", Teams.PASSWORD);
        long experimentId = signedIn.as(owner, () -> experiments.create(Drafts.valid("팬아웃 보드")));
        List<Authentication> viewers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Signed in once, as a session is: reading the account is not part of what a change costs.
            viewers.add(signedIn.authentication(teams.joinWithNewAccount(owner, experimentId, "기획" + i,
                    i == 0 ? MemberRole.PARTNER_GUEST : MemberRole.PLANNER)));
        }
        Board before = signedIn.as(owner, () -> planning.board(experimentId));
        long firstColumn = before.columns().get(0).id();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long one;
        long twenty;
        List<Board> seen;
        stats.setStatisticsEnabled(true);
        try {
            settle(stats, experimentId, viewers);
            one = statementsAfterAChange(stats, owner, experimentId, firstColumn, viewers.subList(0, 1)).statements;
            Heard heard = statementsAfterAChange(stats, owner, experimentId, firstColumn, viewers);
            twenty = heard.statements;
            seen = heard.boards;
        } finally {
            stats.setStatisticsEnabled(false);
        }

        assertThat(one).isPositive();
        assertThat(twenty).as("reads for 20 open boards vs. for 1").isEqualTo(one);
        assertThat(seen).allSatisfy(b -> assertThat(b.columns().get(0).cards()).anyMatch(c -> c.title().startsWith("새 카드")));
        assertThat(seen.get(0).columns()).as("one shared snapshot").isSameAs(seen.get(19).columns());
        assertThat(seen.get(0).myRole()).isEqualTo(MemberRole.PARTNER_GUEST);
        assertThat(seen.get(1).myRole()).isEqualTo(MemberRole.PLANNER);
        assertThat(seen).extracting(Board::myUserId).doesNotHaveDuplicates();
    }

    /**
     * The author's own board, re-reading after the change, and a co-planner's board hearing of it share one read,
     * whichever of them asks first (decision note 0047): the author's since its change committed, the co-planner's
     * since the bus took the update, and each read begins after both.
     */
    @Test
    void theAuthorsReReadAndABoardHearingTheChangeShareOneRead() throws Exception {
        String owner = "echo" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", Teams.PASSWORD);
        long experimentId = signedIn.as(owner, () -> experiments.create(Drafts.valid("함께 읽는 보드")));
        Authentication author = signedIn.authentication(owner);
        Authentication planner = signedIn.authentication(
                teams.joinWithNewAccount(owner, experimentId, "이준비", MemberRole.PLANNER));
        long column = signedIn.as(owner, () -> planning.board(experimentId)).columns().get(0).id();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            settle(stats, experimentId, List.of(author, planner));
            for (boolean authorFirst : new boolean[] {true, false}) {
                BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
                LiveUpdateBus.Subscription listening = bus.subscribe(experimentId, u -> {
                    if (u.is(PlanningLive.BOARD)) {
                        heard.add(ReadFreshness.requiredStart());
                    }
                });
                String title = "새 카드 " + System.nanoTime();
                long committed;
                long heardSince;
                try {
                    committed = signedIn.as(owner,
                            () -> ReadFreshness.changing(() -> planning.createCard(experimentId, column, title)));
                    heardSince = heard.poll(10, TimeUnit.SECONDS);
                } finally {
                    listening.close();
                }
                stats.clear();
                Board first = authorFirst ? readSince(committed, author, experimentId)
                        : readSince(heardSince, planner, experimentId);
                long firstRead = stats.getPrepareStatementCount();
                Board second = authorFirst ? readSince(heardSince, planner, experimentId)
                        : readSince(committed, author, experimentId);

                assertThat(firstRead).isPositive();
                assertThat(stats.getPrepareStatementCount()).as("author first: " + authorFirst + "; the second reads nothing")
                        .isEqualTo(firstRead);
                assertThat(second.columns()).isSameAs(first.columns());
                assertThat(first.columns().get(0).cards()).anyMatch(c -> c.title().equals(title));
            }
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    /** A change that commits and then takes a while is dated by its commit, not by its return. */
    @Test
    void aChangeIsDatedByItsCommit() throws Exception {
        String owner = "commit" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", Teams.PASSWORD);
        long before = System.nanoTime();
        long committed = ReadFreshness.changing(() -> {
            signedIn.as(owner, () -> experiments.create(Drafts.valid("커밋 시각")));
            sleep(300);
        });
        long after = System.nanoTime();
        assertThat(committed).isBetween(before, after - TimeUnit.MILLISECONDS.toNanos(250));

        long nothing = ReadFreshness.changing(() -> sleep(50));
        assertThat(nothing).as("nothing committed: now").isGreaterThanOrEqualTo(after + TimeUnit.MILLISECONDS.toNanos(50));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Board readSince(long since, Authentication who, long experimentId) {
        Board[] board = new Board[1];
        ReadFreshness.during(since, () -> board[0] = signedIn.as(who, () -> planning.board(experimentId)));
        return board[0];
    }

    /**
     * Until every viewer's membership is cached: the joins' invalidations reach the access cache through the bus, a
     * moment after each join, and would otherwise count as reads of the change.
     */
    private void settle(Statistics stats, long experimentId, List<Authentication> viewers) throws Exception {
        long since = System.nanoTime();
        for (int round = 0; round < 50; round++) {
            stats.clear();
            for (Authentication v : viewers) {
                ReadFreshness.during(since, () -> signedIn.as(v, () -> planning.board(experimentId)));
            }
            if (stats.getPrepareStatementCount() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the viewers' memberships never stayed cached");
    }

    private record Heard(long statements, List<Board> boards) {
    }

    /** A change, then every viewer's board re-reads as a live update makes it do: told when the change arrived. */
    private Heard statementsAfterAChange(Statistics stats, String owner, long experimentId, long column,
            List<Authentication> viewers) throws Exception {
        signedIn.as(owner, () -> planning.createCard(experimentId, column, "새 카드 " + System.nanoTime()));
        long arrived = System.nanoTime();
        stats.clear();
        ExecutorService pool = Executors.newFixedThreadPool(viewers.size());
        try {
            List<Future<Board>> boards = new ArrayList<>();
            for (Authentication v : viewers) {
                Callable<Board> read = () -> {
                    Board[] board = new Board[1];
                    ReadFreshness.during(arrived, () -> board[0] = signedIn.as(v, () -> planning.board(experimentId)));
                    return board[0];
                };
                boards.add(pool.submit(read));
            }
            List<Board> read = new ArrayList<>();
            for (Future<Board> f : boards) {
                read.add(f.get());
            }
            return new Heard(stats.getPrepareStatementCount(), read);
        } finally {
            pool.shutdown();
        }
    }
}
