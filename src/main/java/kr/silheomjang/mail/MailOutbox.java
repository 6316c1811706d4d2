package kr.silheomjang.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.mail.internal.MailMessage;
import kr.silheomjang.mail.internal.MailMessageRepository;
import kr.silheomjang.mail.internal.MailOptOutRepository;
import kr.silheomjang.mail.internal.Tokens;
import kr.silheomjang.shared.UserFacingException;

/**
 * How a feature sends mail: {@link #enqueue} inside the feature's own transaction (so a rolled-back change mails
 * nobody), with an idempotency key per mail; the scheduled sender delivers it after commit. Not a user-facing
 * service: it checks no membership, so only feature services call it, after their own {@code ExperimentAccess} check.
 *
 * <p>{@link #configured()} says whether SMTP is set up ({@code spring.mail.host}); without it {@link #enqueue} refuses,
 * and features should say so and offer their recipient list as CSV instead.
 */
@Component
public class MailOutbox {

    /** Reasons the outbox itself records are message keys (a mail server's own words are kept as they are). */
    public static final String REASON_INVALID_ADDRESS = "mail.error.invalidAddress";
    public static final String REASON_INTERRUPTED = "mail.error.interrupted";

    /** The longest body the outbox takes; features check their merged texts against it when saving. */
    public static final int MAX_BODY = 7000;
    /** The longest subject the outbox takes (mail_message.subject); features cut merged subjects to it. */
    public static final int MAX_SUBJECT = 300;
    private static final int CHUNK = 500;

    private final MailMessageRepository messages;
    private final MailOptOutRepository optOuts;
    private final ObjectProvider<JavaMailSender> sender;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(MailMessageRepository messages, MailOptOutRepository optOuts, ObjectProvider<JavaMailSender> sender,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.optOuts = optOuts;
        this.sender = sender;
        this.events = events;
        this.clock = clock;
    }

    /** Whether mail can be sent at all: an SMTP server is configured ({@code spring.mail.host}). */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Puts the mails in the outbox, once each: a mail whose idempotency key is already there is left alone (however it
     * went), so repeating a call never mails anyone twice. Addresses that opted out are recorded as
     * {@link DeliveryStatus#OPTED_OUT} and not sent; malformed addresses as {@link DeliveryStatus#FAILED}. Join the
     * caller's transaction; two callers enqueueing the same key at the same moment: one commits, the other's
     * transaction fails on the unique key (nothing is sent twice).
     *
     * @throws UserFacingException {@code mail.error.notConfigured} without SMTP; {@code mail.error.tooLong} for an
     *                             oversized subject or body (nothing is enqueued then)
     */
    @Transactional
    public EnqueueResult enqueue(List<OutgoingMail> mails) {
        if (!configured()) {
            throw new UserFacingException("mail.error.notConfigured");
        }
        return record(mails, DeliveryStatus.QUEUED);
    }

    /**
     * Without a mail server the team sends from the recipient list (CSV) itself; this records those mails as
     * {@link DeliveryStatus#SENT_BY_HAND}, with the same idempotency keys, opt-out and address rules as
     * {@link #enqueue}: the log shows who was reached, and nothing here is ever sent by the app, now or later.
     */
    @Transactional
    public EnqueueResult recordSentByHand(List<OutgoingMail> mails) {
        return record(mails, DeliveryStatus.SENT_BY_HAND);
    }

    private EnqueueResult record(List<OutgoingMail> mails, DeliveryStatus reachable) {
        Map<String, OutgoingMail> byKey = new LinkedHashMap<>();
        for (OutgoingMail m : mails) {
            check(m);
            byKey.putIfAbsent(m.idempotencyKey(), m);
        }
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(byKey.keySet()))) {
            existing.addAll(messages.findExistingKeys(chunk));
        }
        Set<String> optedOut = optedOut(byKey.values().stream().map(OutgoingMail::to).toList());
        Instant now = clock.instant();
        List<MailMessage> rows = new ArrayList<>();
        int queued = 0;
        int skipped = 0;
        int invalid = 0;
        for (OutgoingMail m : byKey.values()) {
            if (existing.contains(m.idempotencyKey())) {
                continue;
            }
            String to = Tokens.normalize(m.to());
            DeliveryStatus status;
            if (!plausibleAddress(to)) {
                status = DeliveryStatus.FAILED;
                invalid++;
            } else if (optedOut.contains(to)) {
                status = DeliveryStatus.OPTED_OUT;
                skipped++;
            } else {
                status = reachable;
                queued++;
            }
            MailMessage row = new MailMessage(m, to, status, now);
            if (status == DeliveryStatus.FAILED) {
                row.failedBeforeSending(REASON_INVALID_ADDRESS);
            } else if (status == DeliveryStatus.SENT_BY_HAND) {
                row.sentByHand(now);
            }
            rows.add(row);
        }
        messages.saveAll(rows);
        announce(rows);
        return new EnqueueResult(queued, existing.size(), skipped, invalid);
    }

    /** The delivery log of one batch, in the order the mails were enqueued. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(String batchKey) {
        return messages.findByBatchKeyOrderByIdAsc(batchKey).stream().map(MailMessage::toDelivery).toList();
    }

    /** One page of a batch's delivery log (for a lazy grid). */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(String batchKey, int page, int pageSize) {
        return messages.findByBatchKey(batchKey, PageRequest.of(page, pageSize, Sort.by("id"))).stream()
                .map(MailMessage::toDelivery).toList();
    }

    @Transactional(readOnly = true)
    public DeliveryCounts counts(String batchKey) {
        Map<DeliveryStatus, Long> m = new EnumMap<>(DeliveryStatus.class);
        for (Object[] row : messages.countByStatus(batchKey)) {
            m.put((DeliveryStatus) row[0], (Long) row[1]);
        }
        long failed = m.getOrDefault(DeliveryStatus.FAILED, 0L);
        return new DeliveryCounts(m, failed == 0 ? 0 : messages.countFailed(batchKey));
    }

    /**
     * Sends the failed mails of a batch again (each at most once more per call: they go back to the queue with their
     * attempts reset). Mails already sent are never touched. Returns how many were queued again.
     */
    @Transactional
    public int retryFailed(String batchKey) {
        List<Long> failed = messages.findFailed(batchKey);
        if (failed.isEmpty()) {
            return 0;
        }
        int n = messages.requeue(failed, clock.instant());
        Long experimentId = messages.experimentIdOf(failed.get(0));
        if (experimentId != null) {
            events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY, failed));
        }
        return n;
    }

    /** Which of these addresses asked for no more mail (lower-cased, as compared). */
    @Transactional(readOnly = true)
    public Set<String> optedOut(Collection<String> emails) {
        Set<String> out = new TreeSet<>();
        List<String> normalized = emails.stream().map(Tokens::normalize).distinct().toList();
        for (List<String> chunk : chunks(normalized)) {
            out.addAll(optOuts.findOptedOut(chunk));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public boolean isOptedOut(String email) {
        return optOuts.existsByEmail(Tokens.normalize(email));
    }

    /** The same check the outbox makes: something@something, no blanks, not too long. */
    public static boolean plausibleAddress(String email) {
        String e = email.strip();
        int at = e.indexOf('@');
        return e.length() <= 254 && at > 0 && at == e.lastIndexOf('@') && at < e.length() - 1
                && e.chars().noneMatch(Character::isWhitespace) && e.substring(at + 1).contains(".");
    }

    private void announce(List<MailMessage> rows) {
        Map<Long, List<Long>> byExperiment = new LinkedHashMap<>();
        for (MailMessage r : rows) {
            if (r.getExperimentId() != null) {
                byExperiment.computeIfAbsent(r.getExperimentId(), k -> new ArrayList<>()).add(r.getId());
            }
        }
        byExperiment.forEach((experimentId, ids) ->
                events.publishEvent(LiveUpdate.of(experimentId, MailLive.DELIVERY, ids)));
    }

    private static void check(OutgoingMail m) {
        if (m.idempotencyKey().isBlank() || m.idempotencyKey().length() > 200 || m.batchKey().isBlank()
                || m.batchKey().length() > 100) {
            throw new IllegalArgumentException("Idempotency key and batch key must be 1-200 / 1-100 characters");
        }
        if (m.subject().isBlank() || m.subject().length() > MAX_SUBJECT || m.body().length() > MAX_BODY) {
            throw new UserFacingException("mail.error.tooLong");
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }
}
