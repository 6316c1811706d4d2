package kr.silheomjang.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.OutgoingMail;

/**
 * One mail in the outbox. Status moves only through the guarded updates of {@link MailMessageRepository} (each
 * names the status it expects), so two nodes never both send it.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Column(name = "batch_key", nullable = false, length = 100)
    private String batchKey;

    @Column(name = "experiment_id")
    private @Nullable Long experimentId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "recipient_name", length = 100)
    private @Nullable String recipientName;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 8000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private @Nullable String lastError;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected MailMessage() {
    }

    public MailMessage(OutgoingMail mail, String normalizedTo, DeliveryStatus status, Instant now) {
        this.idempotencyKey = mail.idempotencyKey();
        this.batchKey = mail.batchKey();
        this.experimentId = mail.experimentId();
        this.recipient = normalizedTo;
        this.recipientName = mail.toName();
        this.subject = mail.subject();
        this.body = mail.body();
        this.status = status;
        this.queuedAt = now;
        this.nextAttemptAt = now;
    }

    /** The team sent it by hand (no mail server): recorded as reached at {@code at}. */
    public void sentByHand(Instant at) {
        this.sentAt = at;
    }

    /** Recorded, never sent (e.g. a malformed address): the reason is a message key. */
    public void failedBeforeSending(String reasonKey) {
        this.lastError = reasonKey;
    }

    public Delivery toDelivery() {
        return new Delivery(id, recipient, recipientName, status, attempts, lastError, queuedAt, sentAt);
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public @Nullable Long getExperimentId() {
        return experimentId;
    }

    public String getRecipient() {
        return recipient;
    }

    public @Nullable String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}
