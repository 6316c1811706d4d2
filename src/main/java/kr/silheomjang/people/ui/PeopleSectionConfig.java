package kr.silheomjang.people.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The people tab of every experiment. */
@Configuration
class PeopleSectionConfig {

    @Bean
    ExperimentSection peopleSection() {
        return new ExperimentSection(40, "people.nav", PeopleView.class);
    }
}
