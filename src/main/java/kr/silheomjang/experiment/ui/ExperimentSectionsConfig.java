package kr.silheomjang.experiment.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The overview is the first tab of every experiment. */
@Configuration
class ExperimentSectionsConfig {

    @Bean
    ExperimentSection overviewSection() {
        return new ExperimentSection(0, "nav.overview", ExperimentOverviewView.class);
    }
}
