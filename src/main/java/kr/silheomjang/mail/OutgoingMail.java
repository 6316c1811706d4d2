package kr.silheomjang.mail;

import org.jspecify.annotations.Nullable;

/**
 * One mail to one person, as a feature hands it to the outbox.
 *
 * @param idempotencyKey what makes it this mail and no other, e.g. {@code "followup-mailing:42:to:17"}; enqueueing the
 *                       same key again adds nothing (at most 200 characters)
 * @param batchKey       groups the feature's mails for its delivery log, e.g. {@code "followup-mailing:42"}
 * @param experimentId   the experiment whose open pages should see status changes live; null for none
 * @param to             the address
 * @param toName         the person's name (for the delivery log and the greeting line), or null
 * @param subject        plain text
 * @param body           plain text; the opt-out link is added below it when it is sent
 */
public record OutgoingMail(String idempotencyKey, String batchKey, @Nullable Long experimentId, String to,
        @Nullable String toName, String subject, String body) {
}
