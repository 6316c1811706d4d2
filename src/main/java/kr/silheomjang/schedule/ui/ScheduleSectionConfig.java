package kr.silheomjang.schedule.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The schedule tab of every experiment (order 30, after the planning board). */
@Configuration
class ScheduleSectionConfig {

    @Bean
    ExperimentSection scheduleSection() {
        return new ExperimentSection(30, "schedule.nav", ScheduleView.class);
    }
}
