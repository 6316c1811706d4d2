package kr.silheomjang.support;

import org.springframework.test.context.TestPropertySource;

/**
 * Browserless view tests of pages that behave differently once a mail server is set up (sending a mailing, the
 * reconfirmation plan of a recruitment form). The server's address is set but nothing is ever sent: the outbox's sender
 * and the reconfirmation job do not run, so a test reads what was queued in the outbox. Every subclass shares one
 * Spring context.
 */
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=9",
        "silheomjang.mail.dispatch-interval-ms=3600000",
        "silheomjang.mail.dispatch-initial-delay-ms=3600000",
        "silheomjang.recruit.reconfirm-cron=-"})
public abstract class BrowserlessMailSupport extends BrowserlessSupport {
}
