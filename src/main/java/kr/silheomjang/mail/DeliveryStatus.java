package kr.silheomjang.mail;

/** Where one mail is: waiting, being handed to the mail server by one node, delivered, failed, or not sent. */
public enum DeliveryStatus {
    /** Waiting to be sent (also after a failure that will be retried automatically). */
    QUEUED,
    /** Claimed by one node that is handing it to the mail server now. */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Not delivered; the reason is kept. Someone may retry it. */
    FAILED,
    /** Not sent: the address asked for no more mail. */
    OPTED_OUT,
    /**
     * Sent by the team itself, from the recipient list as CSV, where no mail server is configured; recorded so the
     * log says who was reached and a later send through a server never mails them again.
     */
    SENT_BY_HAND;

    public String messageKey() {
        return "mail.status." + name();
    }
}
