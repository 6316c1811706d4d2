/**
 * The shared mail outbox: features enqueue mails with an idempotency key through {@link kr.silheomjang.mail.MailOutbox};
 * a scheduled sender delivers them (safe with several nodes), keeps a delivery log per recipient, retries failures,
 * honours opt-outs and adds an opt-out link to every mail. See docs/architecture.md, "Sending mail".
 * Everything here is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package kr.silheomjang.mail;

import org.jspecify.annotations.NullMarked;
