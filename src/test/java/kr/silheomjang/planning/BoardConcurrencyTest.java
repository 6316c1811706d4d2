package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.retry.TransientRetry;
import kr.silheomjang.support.CommitOrder;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Issue 19 point 3 on H2: 20 members x 50 writes on one board (see {@link BoardConcurrency}). */
@SpringBootTest
@ActiveProfiles("test")
class BoardConcurrencyTest {

    @Autowired
    PlanningService planning;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    Teams teams;
    @Autowired
    SignedIn signedIn;
    @Autowired
    CommitOrder commitOrder;
    @Autowired
    TransientRetry retry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyMembersWritingAtOnceLoseNothingAndReplayToTheSameBoard() throws Exception {
        BoardConcurrency.Result result = new BoardConcurrency(planning, experiments, accounts, teams, signedIn,
                commitOrder, retry, jdbc).run(20, 50);

        assertThat(result.applied()).isGreaterThan(500);
        assertThat(result.givenUp()).as("changes not saved after every retry").isZero();
    }
}
