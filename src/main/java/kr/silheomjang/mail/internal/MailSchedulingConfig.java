package kr.silheomjang.mail.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class MailSchedulingConfig {
}
