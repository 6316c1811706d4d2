package kr.silheomjang.mail;

/**
 * What one {@link MailOutbox#enqueue} did: {@code queued} new mails wait to be sent, {@code alreadyThere} had been
 * enqueued before (same idempotency key: nothing added), {@code optedOut} were recorded but will not be sent,
 * {@code invalidAddress} were recorded as failed.
 */
public record EnqueueResult(int queued, int alreadyThere, int optedOut, int invalidAddress) {
}
