package kr.silheomjang.survey.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The surveys tab of every experiment (order 50). */
@Configuration
class SurveySectionConfig {

    @Bean
    ExperimentSection surveySection() {
        return new ExperimentSection(50, "survey.nav", SurveysView.class);
    }
}
