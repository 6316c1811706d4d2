package kr.silheomjang.followup.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The follow-up tab (후속 작업, order 70: after surveys, the last stage). */
@Configuration
class FollowupSectionConfig {

    @Bean
    ExperimentSection followupSection() {
        return new ExperimentSection(70, "followup.tab", FollowupView.class);
    }
}
