package kr.silheomjang.mail.internal;

import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kr.silheomjang.shared.PublicBaseUrl;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.mail.MailOutbox;

/**
 * The scheduled sender. Safe with several nodes: each mail is claimed with one guarded UPDATE
 * ({@code ... where status = 'QUEUED'}), so exactly one node sends it. Every state change is its own short
 * transaction; the mail server is talked to outside any transaction.
 *
 * <p>At most once: a claim whose node stopped mid-send (crash, restart) is not sent again by someone else — the
 * server may already have it — but becomes FAILED with reason {@link MailOutbox#REASON_INTERRUPTED} after the lease,
 * for a person to retry knowingly. A mail server's refusal is retried automatically {@code max-attempts} times with a
 * growing pause, then stays FAILED with the server's words.
 *
 * <p>Logs only message ids and outcomes: never a body, a link or a token.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final MailMessageRepository messages;
    private final MailOptOutRepository optOuts;
    private final OptOutTokenRepository tokens;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicBaseUrl baseUrl;
    private final String from;
    private final int maxAttempts;
    private final Duration lease;
    private final String node;

    MailDispatcher(MailMessageRepository messages, MailOptOutRepository optOuts, OptOutTokenRepository tokens,
            ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock, PublicBaseUrl baseUrl,
            @Value("${silheomjang.mail.from:noreply@silheomjang.local}") String from,
            @Value("${silheomjang.mail.max-attempts:3}") int maxAttempts,
            @Value("${silheomjang.mail.sending-lease:PT15M}") Duration lease) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.tokens = tokens;
        this.sender = sender;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.from = from;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.lease = lease;
        this.node = nodeName();
    }

    /** A new sender as a restarted node would be (another node name, same database): for tests. */
    public MailDispatcher restarted() {
        return new MailDispatcher(messages, optOuts, tokens, sender, tx.getTransactionManager(), events, clock,
                baseUrl, from, maxAttempts, lease);
    }

    @Scheduled(fixedDelayString = "${silheomjang.mail.dispatch-interval-ms:5000}",
            initialDelayString = "${silheomjang.mail.dispatch-initial-delay-ms:10000}")
    void scheduled() {
        if (sender.getIfAvailable() == null) {
            return;
        }
        try {
            recoverInterrupted();
            dispatchDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round tries again.
            log.warn("Mail dispatch round failed: {}", e.toString());
        }
    }

    /** Sends what is due now; returns how many this node handed to the mail server. */
    public int dispatchDue() {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return 0;
        }
        // A second of slack: the database may round a stored time up (H2 to microseconds, MariaDB 10 through
        // Connector/J to whole seconds), and a mail must not wait a whole round for that.
        Instant dueBy = clock.instant().plusSeconds(1);
        List<Long> due = inTx(() -> messages.findDue(dueBy, PageRequest.of(0, BATCH)));
        int sent = 0;
        for (long id : due) {
            boolean mine = Boolean.TRUE.equals(inTx(() -> messages.claim(id, node, clock.instant()) == 1));
            if (!mine) {
                continue; // another node claimed it first
            }
            Prepared p = inTx(() -> prepare(id));
            if (p != null && deliver(mailer, p)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims older than the lease whose node never finished: FAILED (delivery unknown), never re-sent silently. */
    public int recoverInterrupted() {
        Instant before = clock.instant().minus(lease);
        List<Long> stuck = inTx(() -> messages.findInterrupted(before));
        if (stuck.isEmpty()) {
            return 0;
        }
        int n = inTx(() -> messages.failInterrupted(stuck, before, MailOutbox.REASON_INTERRUPTED));
        log.warn("{} mail(s) were being sent when their node stopped; marked failed for a person to retry", n);
        stuck.forEach(this::announce);
        return n;
    }

    private @Nullable Prepared prepare(long id) {
        MailMessage m = messages.findById(id).orElseThrow();
        Instant now = clock.instant();
        if (optOuts.existsByEmail(m.getRecipient())) {
            messages.finish(id, node, DeliveryStatus.OPTED_OUT, null, null, now);
            announceLater(m.getExperimentId(), id);
            return null;
        }
        String token = Tokens.newToken();
        tokens.save(new OptOutToken(Tokens.hash(token), m.getRecipient(), now));
        return new Prepared(id, m.getExperimentId(), m.getRecipient(), m.getRecipientName(), m.getSubject(),
                m.getBody(), baseUrl.link("/mail/opt-out/" + token), m.getAttempts());
    }

    private boolean deliver(JavaMailSender mailer, Prepared p) {
        try {
            MimeMessage mime = mailer.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(p.recipientName() == null ? new InternetAddress(p.recipient())
                    : new InternetAddress(p.recipient(), p.recipientName(), "UTF-8"));
            helper.setSubject(p.subject());
            helper.setText(p.body() + footer(p.optOutLink()), false);
            mime.setHeader("List-Unsubscribe", "<" + p.optOutLink() + ">");
            mailer.send(mime);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            failed(p, e);
            return false;
        }
        inTx(() -> messages.finish(p.id(), node, DeliveryStatus.SENT, null, clock.instant(), clock.instant()));
        log.info("Mail {} sent", p.id());
        announce(p.id(), p.experimentId());
        return true;
    }

    private void failed(Prepared p, Exception e) {
        String reason = reason(e);
        Instant now = clock.instant();
        boolean again = p.attempts() < maxAttempts;
        // 1, 4, 9 … minutes: a mail server that is down for a moment gets time to come back.
        Instant next = again ? now.plus(Duration.ofMinutes((long) p.attempts() * p.attempts())) : now;
        inTx(() -> messages.finish(p.id(), node, again ? DeliveryStatus.QUEUED : DeliveryStatus.FAILED, reason, null,
                next));
        log.warn("Mail {} not sent (attempt {} of {}): {}", p.id(), p.attempts(), maxAttempts,
                e.getClass().getSimpleName());
        announce(p.id(), p.experimentId());
    }

    /** The mail server's words, one line, short. */
    static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 480 ? text.substring(0, 480) + "…" : text;
    }

    /**
     * The opt-out line in both languages: the outbox does not know which one the recipient reads (many have no
     * account). The words come from the mail bundles like every other text.
     */
    private static String footer(String link) {
        return "\n\n--\n" + FOOTER_KO + "\n" + FOOTER_EN + "\n" + link + "\n";
    }

    private static final String FOOTER_KO = bundleText(java.util.Locale.KOREAN, "mail.footer.optOut");
    private static final String FOOTER_EN = bundleText(java.util.Locale.ENGLISH, "mail.footer.optOut");

    private static String bundleText(java.util.Locale language, String key) {
        return java.util.ResourceBundle.getBundle("i18n/mail", language, java.util.ResourceBundle.Control
                .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    private void announce(long id) {
        announce(id, inTx(() -> messages.experimentIdOf(id)));
    }

    private void announce(long id, @Nullable Long experimentId) {
        if (experimentId != null) {
            events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY, id));
        }
    }

    private void announceLater(@Nullable Long experimentId, long id) {
        // Inside the transaction: the relay hands it to the bus after commit.
        announce(id, experimentId);
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    private static String nameOf(String raw) {
        return raw.length() > 60 ? raw.substring(0, 60) : raw;
    }

    private static String nodeName() {
        return nameOf(ManagementFactory.getRuntimeMXBean().getName()) + "/" + UUID.randomUUID().toString()
                .substring(0, 8);
    }

    private record Prepared(long id, @Nullable Long experimentId, String recipient, @Nullable String recipientName,
            String subject, String body, String optOutLink, int attempts) {
    }
}
