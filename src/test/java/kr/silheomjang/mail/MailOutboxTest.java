package kr.silheomjang.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kr.silheomjang.mail.internal.MailDispatcher;
import kr.silheomjang.mail.internal.MailMessageRepository;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.MutableClock;

/**
 * The outbox against a real SMTP server (GreenMail): delivery with the opt-out link, a double send and a restart mail
 * once, a node that died mid-send does not mail twice, opt-out is honoured at enqueue and at send time.
 */
class MailOutboxTest extends MailTestSupport {

    private static final Pattern LINK = Pattern.compile("https://silheomjang\\.test/mail/opt-out/([A-Za-z0-9_-]{43})");

    @Autowired
    MailOutbox outbox;
    @Autowired
    OptOutService optOuts;
    @Autowired
    MailMessageRepository messages;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;

    private static String unique(String prefix) {
        return prefix + System.nanoTime();
    }

    private static OutgoingMail mail(String key, String batch, String to) {
        return new OutgoingMail(key, batch, null, to, "김민지", "[실험장] 감사합니다", "김민지님, 함께해 주셔서 감사합니다.");
    }

    @Autowired
    org.springframework.mail.javamail.JavaMailSender sender;
    @Autowired
    org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler scheduler;

    /**
     * A mail server that stops answering cannot hold a send past the sending lease (Jakarta Mail waits forever by
     * default), and while one job waits the other scheduled jobs (reaping, retention, digests) still run.
     */
    @Test
    void aSilentMailServerCannotHoldTheSenderOrTheOtherJobs() {
        var properties = ((org.springframework.mail.javamail.JavaMailSenderImpl) sender).getJavaMailProperties();
        for (String timeout : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            assertThat(Duration.ofMillis(Long.parseLong(properties.getProperty(timeout, "0")))).as(timeout)
                    .isPositive().isLessThan(Duration.ofMinutes(1));
        }
        assertThat(scheduler.getPoolSize()).isGreaterThan(1);
    }

    @Test
    void aQueuedMailIsDeliveredWithItsOptOutLinkAndLogged() throws Exception {
        String batch = unique("batch-");
        String to = unique("minji") + "@example.kr";
        EnqueueResult r = outbox.enqueue(List.of(mail(batch + ":1", batch, to)));
        assertThat(r).isEqualTo(new EnqueueResult(1, 0, 0, 0));
        assertThat(outbox.deliveries(batch)).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.QUEUED));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage m = received[0];
        assertThat(m.getSubject()).isEqualTo("[실험장] 감사합니다");
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo(to);
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getPersonal()).isEqualTo("김민지");
        String body = (String) m.getContent();
        assertThat(body).contains("김민지님, 함께해 주셔서 감사합니다.");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("opt-out link in the body").isTrue();
        assertThat(m.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + link.group() + ">");

        assertThat(outbox.deliveries(batch)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.sentAt()).isNotNull();
        });
        assertThat(outbox.counts(batch).of(DeliveryStatus.SENT)).isEqualTo(1);
    }

    @Test
    void aDoubleSendAndARestartMailEveryoneOnce() throws Exception {
        String batch = unique("double-");
        List<OutgoingMail> mails = List.of(mail(batch + ":a", batch, unique("a") + "@example.kr"),
                mail(batch + ":b", batch, unique("b") + "@example.kr"),
                mail(batch + ":a", batch, unique("a-again") + "@example.kr"));

        // A double click: the same mails twice (and one key twice within the first call).
        assertThat(outbox.enqueue(mails)).isEqualTo(new EnqueueResult(2, 0, 0, 0));
        assertThat(outbox.enqueue(mails)).isEqualTo(new EnqueueResult(0, 2, 0, 0));
        assertThat(outbox.deliveries(batch)).hasSize(2);

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);

        // A restart: a new sender (another node name, same database) and the user clicking send once more.
        MailDispatcher afterRestart = dispatcher.restarted();
        assertThat(afterRestart.recoverInterrupted()).isZero();
        assertThat(afterRestart.dispatchDue()).isZero();
        assertThat(outbox.enqueue(mails)).isEqualTo(new EnqueueResult(0, 2, 0, 0));
        assertThat(afterRestart.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(outbox.deliveries(batch)).extracting(Delivery::status)
                .containsOnly(DeliveryStatus.SENT);
    }

    @Test
    void aMailWhoseNodeDiedMidSendIsNotSentAgainUntilSomeoneRetriesIt() throws Exception {
        String batch = unique("crash-");
        outbox.enqueue(List.of(mail(batch + ":1", batch, unique("c") + "@example.kr")));
        long id = outbox.deliveries(batch).get(0).id();
        // A node claims the mail and dies before it says how the send went.
        Integer claimed = new TransactionTemplate(transactions)
                .execute(s -> messages.claim(id, "dead-node", clock.instant()));
        assertThat(claimed).isEqualTo(1);
        // Another node cannot claim it meanwhile.
        assertThat(dispatcher.dispatchDue()).isZero();

        clock.advance(Duration.ofMinutes(16));
        MailDispatcher afterRestart = dispatcher.restarted();
        assertThat(afterRestart.recoverInterrupted()).isEqualTo(1);
        assertThat(afterRestart.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(outbox.deliveries(batch)).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).isEqualTo(MailOutbox.REASON_INTERRUPTED);
        });

        assertThat(outbox.retryFailed(batch)).isEqualTo(1);
        assertThat(afterRestart.dispatchDue()).isEqualTo(1);
        assertThat(outbox.retryFailed(batch)).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anOptedOutAddressGetsNoMoreMailUntilItOptsBackIn() throws Exception {
        String batch = unique("optout-");
        String to = unique("optout") + "@example.kr";
        outbox.enqueue(List.of(mail(batch + ":1", batch, to)));
        dispatcher.dispatchDue();
        Matcher link = LINK.matcher((String) SMTP.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThat(optOuts.state(token)).isEqualTo(new OptOutState(
                to.charAt(0) + "*".repeat(to.indexOf('@') - 1) + "@example.kr", false));
        // A mail already queued before the person opts out is skipped when its turn comes.
        outbox.enqueue(List.of(mail(batch + ":queued-before", batch, to)));
        assertThat(optOuts.optOut(token).optedOut()).isTrue();
        assertThat(optOuts.optOut(token).optedOut()).as("twice is the same as once").isTrue();
        assertThat(outbox.isOptedOut(to.toUpperCase())).isTrue();

        // Enqueued afterwards (the address typed with other case): recorded, not queued.
        assertThat(outbox.enqueue(List.of(mail(batch + ":2", batch, " " + to.toUpperCase() + " "))))
                .isEqualTo(new EnqueueResult(0, 0, 1, 0));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(outbox.deliveries(batch)).extracting(Delivery::status)
                .containsExactly(DeliveryStatus.SENT, DeliveryStatus.OPTED_OUT, DeliveryStatus.OPTED_OUT);

        assertThat(optOuts.optBackIn(token).optedOut()).isFalse();
        outbox.enqueue(List.of(mail(batch + ":3", batch, to)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aWrongOptOutLinkRevealsNothing() {
        assertThatThrownBy(() -> optOuts.state("not-a-token")).isInstanceOf(UserFacingException.class)
                .hasMessage("mail.optOut.invalid");
        assertThatThrownBy(() -> optOuts.optOut("x".repeat(43))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> optOuts.state("")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void aMalformedAddressIsLoggedAsFailedAndAnOversizedMailIsRefusedWhole() {
        String batch = unique("bad-");
        EnqueueResult r = outbox.enqueue(List.of(mail(batch + ":1", batch, "no-at-sign"),
                mail(batch + ":2", batch, unique("ok") + "@example.kr")));
        assertThat(r).isEqualTo(new EnqueueResult(1, 0, 0, 1));
        assertThat(outbox.deliveries(batch)).first().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.lastError()).isEqualTo(MailOutbox.REASON_INVALID_ADDRESS);
        });

        String big = unique("big-");
        assertThatThrownBy(() -> outbox.enqueue(List.of(new OutgoingMail(big + ":1", big, null, "a@example.kr", null,
                "제목", "가".repeat(7001))))).isInstanceOf(UserFacingException.class).hasMessage("mail.error.tooLong");
        assertThat(outbox.deliveries(big)).isEmpty();
    }
}
