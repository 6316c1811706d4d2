package kr.silheomjang.people.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The 모집 tab, next to 사람. */
@Configuration
class RecruitSectionConfig {

    @Bean
    ExperimentSection recruitmentSection() {
        return new ExperimentSection(42, "recruit.nav", RecruitmentView.class);
    }
}
