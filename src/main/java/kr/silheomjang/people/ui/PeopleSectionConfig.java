package kr.silheomjang.people.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The people and check-in tabs of every experiment. */
@Configuration
class PeopleSectionConfig {

    @Bean
    ExperimentSection peopleSection() {
        return new ExperimentSection(40, "people.nav", PeopleView.class);
    }

    /** Run-day check-in at the door (phone first). */
    @Bean
    ExperimentSection checkInSection() {
        return new ExperimentSection(45, "people.checkin.nav", CheckInView.class);
    }
}
