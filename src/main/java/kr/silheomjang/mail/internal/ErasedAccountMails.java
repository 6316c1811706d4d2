package kr.silheomjang.mail.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.security.AccountErasing;

/**
 * A deleted account's address goes from the outbox in the deleting transaction: mails still waiting for it are never
 * sent (a reminder or digest queued minutes before would otherwise reach a person who left), and every row to it,
 * sent or not, keeps no address, name or body, as a participant's erasure leaves it ({@link MailPersonalData}).
 * Opt-outs stay: they are how "no more mail" to that address is honoured.
 */
@Component
class ErasedAccountMails {

    private final MailPersonalData mails;

    ErasedAccountMails(MailPersonalData mails) {
        this.mails = mails;
    }

    @EventListener
    void on(AccountErasing e) {
        mails.eraseAddress(e.email());
    }
}
