package kr.silheomjang.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.silheomjang.planning.BoardConcurrency;

/** Issue 19 point 3 on MariaDB (row locks, InnoDB deadlock detection): 20 members x 50 writes on one board. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("mysql")
class BoardConcurrencyMariaDbTest {

    private static MariaDbTestDatabase database;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        database = MariaDbTestDatabase.create();
        registry.add("SILHEOMJANG_DB_URL", database::url);
        registry.add("SILHEOMJANG_DB_USER", () -> MariaDbTestDatabase.USER);
        registry.add("SILHEOMJANG_DB_PASSWORD", () -> MariaDbTestDatabase.PASSWORD);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @Autowired
    BoardConcurrency concurrency;

    @Test
    void twentyMembersWritingAtOnceLoseNothingAndReplayToTheSameBoard() throws Exception {
        BoardConcurrency.Result result = concurrency.run(20, 50);

        assertThat(result.applied()).isGreaterThan(500);
        assertThat(result.givenUp()).as("changes not saved after every retry").isZero();
    }
}
