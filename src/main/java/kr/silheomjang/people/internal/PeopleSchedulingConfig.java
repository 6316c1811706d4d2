package kr.silheomjang.people.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class PeopleSchedulingConfig {
}
