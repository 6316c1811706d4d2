package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import jakarta.persistence.EntityManagerFactory;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

/**
 * Loading a board costs a fixed number of SQL statements, whatever the number of cards (no N+1).
 *
 * <p>Statistics are switched on for this test only, at run time, rather than with
 * {@code @SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")}: a property makes a
 * second Spring context, and each context with Vaadin's security installs its own global SecurityContextHolder
 * strategy, which leaves every later test on the shared context without its sign-in.
 */
@SpringBootTest
@ActiveProfiles("test")
class BoardQueryCountTest {

    @Autowired
    PlanningService planning;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory emf;

    @Test
    void aBoardWith500CardsLoadsWithAsManyStatementsAsOneWith13() {
        String owner = "q" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "김기획", "password-123");
        long small = signedIn.as(owner, () -> experiments.create(Drafts.valid("작은 보드")));
        long big = signedIn.as(owner, () -> experiments.create(Drafts.valid("큰 보드")));
        long ownerId = signedIn.as(owner, () -> planning.board(big)).myUserId();
        addCards(big, ownerId, 500 - 13);

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long smallStatements;
        long bigStatements;
        stats.setStatisticsEnabled(true);
        try {
            smallStatements = statementsFor(stats, owner, small);
            bigStatements = statementsFor(stats, owner, big);
        } finally {
            stats.setStatisticsEnabled(false);
        }

        Board board = signedIn.as(owner, () -> planning.board(big));
        assertThat(board.columns().stream().mapToInt(c -> c.cards().size()).sum()).isEqualTo(500);
        CardSummary sample = board.columns().get(1).cards().get(0);
        assertThat(sample.assigneeIds()).containsExactly(ownerId);
        assertThat(sample.labels()).containsExactly("부하");
        assertThat(sample.checklistTotal()).isEqualTo(2);
        assertThat(sample.checklistDone()).isEqualTo(1);
        assertThat(sample.comments()).isEqualTo(1);
        assertThat(smallStatements).isPositive();
        assertThat(bigStatements).isEqualTo(smallStatements).isLessThan(20);
    }

    private long statementsFor(Statistics stats, String who, long experimentId) {
        signedIn.as(who, () -> planning.board(experimentId)); // warm-up: the same path both times
        stats.clear();
        signedIn.as(who, () -> planning.board(experimentId));
        return stats.getPrepareStatementCount();
    }

    /** Bulk rows through JDBC: cards in the second column, each with an assignee, a label, two checklist lines, a comment. */
    private void addCards(long experimentId, long userId, int n) {
        long column = jdbc.queryForObject(
                "select id from board_column where experiment_id = ? order by sort_key limit 1 offset 1", Long.class,
                experimentId);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {experimentId, column, String.format("%08di", i), "부하 카드 " + i, Date.valueOf(LocalDate.of(2027, 1, 1)),
                    now, now});
        }
        jdbc.batchUpdate("insert into card (experiment_id, column_id, sort_key, title, due_date, created_at, "
                + "updated_at, updated_by_name, version) values (?, ?, ?, ?, ?, ?, ?, '김기획', 0)", rows);
        List<Long> ids = jdbc.queryForList("select id from card where column_id = ?", Long.class, column);
        jdbc.batchUpdate("insert into card_assignee (card_id, user_id) values (?, ?)",
                ids.stream().map(id -> new Object[] {id, userId}).toList());
        jdbc.batchUpdate("insert into card_label (card_id, label_text) values (?, '부하')",
                ids.stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("insert into checklist_item (card_id, sort_key, item_text, done_at, version) "
                + "values (?, '1', '하나', ?, 0)", ids.stream().map(id -> new Object[] {id, now}).toList());
        jdbc.batchUpdate("insert into checklist_item (card_id, sort_key, item_text, version) values (?, '2', '둘', 0)",
                ids.stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("insert into card_comment (card_id, author_id, author_name, body, created_at) "
                + "values (?, ?, '김기획', '확인', ?)", ids.stream().map(id -> new Object[] {id, userId, now}).toList());
    }
}
