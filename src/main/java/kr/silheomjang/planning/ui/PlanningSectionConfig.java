package kr.silheomjang.planning.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The planning board is the second tab of every experiment. */
@Configuration
class PlanningSectionConfig {

    @Bean
    ExperimentSection planningSection() {
        return new ExperimentSection(20, "planning.nav", BoardView.class);
    }
}
