package kr.silheomjang.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * A deleted account's address leaves the outbox in the deleting transaction (decision note 0071, "Later"): a mail
 * queued to it before the deletion is never sent, and no row keeps the address, its name or the body, sent or not;
 * another person's mail goes as usual.
 */
class ErasedAccountMailsTest extends MailTestSupport {

    @Autowired
    MailOutbox outbox;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    private static OutgoingMail mail(String key, String batch, String to, String name) {
        return new OutgoingMail(key, batch, null, to, name, "[실험장] 알림", name + "님, 오늘의 알림입니다.");
    }

    private long rowsTo(String address) {
        return jdbc.queryForObject("select count(*) from mail_message where lower(recipient) = ?"
                + " or lower(body_text) like ? or recipient_name = ?", Long.class, address, "%떠날 기획자%", "떠날 기획자");
    }

    @Test
    void mailQueuedToADeletedAccountIsNeverSentAndKeepsNoAddress() throws Exception {
        long n = System.nanoTime();
        String address = "leaving" + n + "@test.kr";
        String other = "staying" + n + "@test.kr";
        String batch = "erased-account-" + n;
        accounts.createAccount(address, "떠날 기획자", Teams.PASSWORD);

        // One mail already sent to the person, then one queued (in another case: the address is matched in any case),
        // and one to someone else.
        outbox.enqueue(List.of(mail(batch + ":sent", batch, address, "떠날 기획자")));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        SMTP.purgeEmailFromAllMailboxes();
        outbox.enqueue(List.of(mail(batch + ":queued", batch, address.toUpperCase(), "떠날 기획자"),
                mail(batch + ":other", batch, other, "남는 사람")));
        assertThat(rowsTo(address)).isEqualTo(2);

        signedIn.run(address, () -> accounts.deleteOwnAccount(Teams.PASSWORD, null));
        dispatcher.dispatchDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(a -> ((InternetAddress) a).getAddress())).containsExactly(other);
        assertThat(rowsTo(address)).isZero();
        assertThat(outbox.deliveries(batch)).extracting(Delivery::status).containsExactly(DeliveryStatus.SENT,
                DeliveryStatus.FAILED, DeliveryStatus.SENT);
        assertThat(jdbc.queryForList("select recipient from mail_message where batch_key = ? and recipient <> ?",
                String.class, batch, other)).containsOnly(PersonalDataHolder.ERASED).hasSize(2);
        // "Retry failed" leaves the stopped mail alone: nothing to send it to.
        assertThat(outbox.retryFailed(batch)).isZero();
        assertThat(outbox.counts(batch).retryable()).isZero();
        assertThat(outbox.deliveries(batch)).extracting(Delivery::status).contains(DeliveryStatus.FAILED);
    }
}
