package kr.silheomjang.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.MutableClock;

/** A mail server that refuses: retried with a pause, then FAILED with the reason; a person's retry then delivers. */
class MailDispatcherFailureTest extends MailTestSupport {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    MailOptOutRepository optOuts;
    @Autowired
    OptOutTokenRepository tokens;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;

    @Test
    void failuresAreRetriedThenLoggedWithTheReasonAndAPersonsRetryDelivers() throws Exception {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1); // nothing listens there: connection refused
        var provider = new StaticListableBeanFactory(Map.of("down", unreachable)).getBeanProvider(JavaMailSender.class);
        MailDispatcher broken = new MailDispatcher(messages, optOuts, tokens, provider, transactions, events, clock,
                kr.silheomjang.shared.PublicBaseUrl.of("https://silheomjang.test"), "noreply@silheomjang.test", 2,
                Duration.ofMinutes(15));

        String batch = "fail-" + System.nanoTime();
        outbox.enqueue(List.of(new OutgoingMail(batch + ":1", batch, null, "f" + System.nanoTime() + "@example.kr",
                null, "제목", "본문")));

        assertThat(broken.dispatchDue()).isZero();
        var first = outbox.deliveries(batch).get(0);
        assertThat(first.status()).as("retried automatically later").isEqualTo(DeliveryStatus.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(broken.dispatchDue()).as("not due again at once").isZero();
        assertThat(outbox.deliveries(batch).get(0).attempts()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(broken.dispatchDue()).isZero();
        var last = outbox.deliveries(batch).get(0);
        assertThat(last.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(last.attempts()).isEqualTo(2);
        assertThat(last.lastError()).containsIgnoringCase("refused");

        assertThat(outbox.retryFailed(batch)).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(outbox.deliveries(batch).get(0).status()).isEqualTo(DeliveryStatus.SENT);
    }
}
