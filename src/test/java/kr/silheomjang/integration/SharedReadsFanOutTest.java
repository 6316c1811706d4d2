package kr.silheomjang.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;

import jakarta.persistence.EntityManagerFactory;
import kr.silheomjang.collab.ReadFreshness;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Issue #21 point 2: beyond the board, what the open calendar, participant grid, check-in (list and counters), survey
 * results and overview (experiment and stage guide) read when a change arrives costs the same statements for 20 open
 * pages as for 1 on a node, and every page still sees the change. Statistics are switched on at run time as in
 * {@code BoardQueryCountTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharedReadsFanOutTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SurveyService surveys;
    @Autowired
    ExperimentService experiments;
    @Autowired
    StageGuideService guide;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    EntityManagerFactory emf;

    /** What one open page of each kind reads on a live update, for one viewer. */
    private record Seen(List<ParticipantRow> checkInList, long counted, int events, long responses, String title,
            int checklistItems) {
    }

    @Test
    void oneChangeHeardByOneOrTwentyPagesIsReadTheSameNumberOfTimes() throws Exception {
        String owner = "shared" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", Teams.PASSWORD);
        long experimentId = signedIn.as(owner, () -> experiments.create(Drafts.valid("팬아웃 여러 화면")));
        long surveyId = signedIn.as(owner, () -> surveys.create(experimentId, "소감 설문"));
        List<Authentication> viewers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            viewers.add(signedIn.authentication(teams.joinWithNewAccount(owner, experimentId, "기획" + i,
                    MemberRole.PLANNER)));
        }
        LocalDate from = LocalDate.now().minusDays(40);
        LocalDate to = LocalDate.now().plusDays(400);
        Callable<Seen> page = () -> new Seen(participants.list(experimentId),
                participants.countsByStatus(experimentId).total(),
                schedule.calendar(experimentId, from, to).events().size(),
                surveys.results(experimentId, surveyId).responseCount(),
                experiments.get(experimentId).title(), guide.checklist(experimentId).items().size());

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long one;
        Heard twenty;
        stats.setStatisticsEnabled(true);
        try {
            settle(stats, viewers, page);
            one = afterAChange(stats, owner, experimentId, "첫 방문자", viewers.subList(0, 1), page).statements;
            twenty = afterAChange(stats, owner, experimentId, "둘째 방문자", viewers, page);
        } finally {
            stats.setStatisticsEnabled(false);
        }

        assertThat(one).isPositive();
        assertThat(twenty.statements).as("reads for 20 open pages of each kind vs. for 1").isEqualTo(one);
        assertThat(twenty.seen).allSatisfy(s -> {
            assertThat(s.checkInList()).extracting(ParticipantRow::name).contains("첫 방문자", "둘째 방문자");
            assertThat(s.counted()).isEqualTo(2);
            assertThat(s.title()).isEqualTo("팬아웃 여러 화면");
        });
        assertThat(twenty.seen.get(0).checkInList()).as("one shared list").isSameAs(twenty.seen.get(19).checkInList());
    }

    /** Until every viewer's membership is cached (joins invalidate the access cache a moment later, via the bus). */
    private void settle(Statistics stats, List<Authentication> viewers, Callable<Seen> page) throws Exception {
        long since = System.nanoTime();
        for (int round = 0; round < 50; round++) {
            stats.clear();
            for (Authentication v : viewers) {
                ReadFreshness.during(since, () -> signedIn.as(v, () -> call(page)));
            }
            if (stats.getPrepareStatementCount() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the viewers' memberships never stayed cached");
    }

    private record Heard(long statements, List<Seen> seen) {
    }

    /** A walk-in is added; then every viewer's pages re-read as a live update makes them: told when it arrived. */
    private Heard afterAChange(Statistics stats, String owner, long experimentId, String walkIn,
            List<Authentication> viewers, Callable<Seen> page) throws Exception {
        signedIn.as(owner, () -> participants.addWalkIn(experimentId, walkIn, "", ""));
        long arrived = System.nanoTime();
        stats.clear();
        ExecutorService pool = Executors.newFixedThreadPool(viewers.size());
        try {
            List<Future<Seen>> futures = new ArrayList<>();
            for (Authentication v : viewers) {
                futures.add(pool.submit(() -> {
                    Seen[] seen = new Seen[1];
                    ReadFreshness.during(arrived, () -> seen[0] = signedIn.as(v, () -> call(page)));
                    return seen[0];
                }));
            }
            List<Seen> seen = new ArrayList<>();
            for (Future<Seen> f : futures) {
                seen.add(f.get());
            }
            return new Heard(stats.getPrepareStatementCount(), seen);
        } finally {
            pool.shutdown();
        }
    }

    private static Seen call(Callable<Seen> page) {
        try {
            return page.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
