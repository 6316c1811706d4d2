package kr.silheomjang.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a delivery log: to whom, where it is, how often it was tried and why it failed. Carries no body and no
 * link (the opt-out link exists only in the sent mail).
 */
public record Delivery(long id, String recipient, @Nullable String recipientName, DeliveryStatus status, int attempts,
        @Nullable String lastError, Instant queuedAt, @Nullable Instant sentAt) {
}
