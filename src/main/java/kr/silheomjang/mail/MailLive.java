package kr.silheomjang.mail;

import kr.silheomjang.collab.LiveKind;

/** The live-update kinds of the mail outbox (only for mails tied to an experiment). */
public enum MailLive implements LiveKind {
    /** Mails were queued or a mail's delivery status changed; ids hold the message ids. */
    DELIVERY("mail-delivery"),
    /**
     * An address opted out of mail, or back in: announced on every experiment whose participants have it (ids empty),
     * so that pages counting whom a mailing would reach count again (see {@link MailAddressees}).
     */
    OPT_OUTS("mail-opt-outs");

    private final String key;

    MailLive(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
