package kr.silheomjang.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;


/** Issue 19 point 3 on H2: 20 members x 50 writes on one board (see {@link BoardConcurrency}). */
@SpringBootTest
@ActiveProfiles("test")
class BoardConcurrencyTest {

    @Autowired
    BoardConcurrency concurrency;

    @Test
    void twentyMembersWritingAtOnceLoseNothingAndReplayToTheSameBoard() throws Exception {
        BoardConcurrency.Result result = concurrency.run(20, 50);

        assertThat(result.applied()).isGreaterThan(500);
        assertThat(result.givenUp()).as("changes not saved after every retry").isZero();
    }
}
