package kr.silheomjang.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.shared.UserFacingException;

/** Without {@code spring.mail.host} the outbox says so and takes nothing, so features can offer CSV instead. */
@SpringBootTest
@ActiveProfiles("test")
class MailNotConfiguredTest {

    @Autowired
    MailOutbox outbox;

    @Test
    void withoutAMailServerNothingIsEnqueued() {
        assertThat(outbox.configured()).isFalse();
        String batch = "none-" + System.nanoTime();
        assertThatThrownBy(() -> outbox.enqueue(List.of(new OutgoingMail(batch + ":1", batch, null, "a@example.kr",
                null, "제목", "본문")))).isInstanceOf(UserFacingException.class).hasMessage("mail.error.notConfigured");
        assertThat(outbox.deliveries(batch)).isEmpty();
    }
}
