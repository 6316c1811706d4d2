package kr.silheomjang.runsheet.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The cue sheet tab (after people and check-in: it needs the staff roster) and the run-day phone view. */
@Configuration
class RunsheetSectionConfig {

    @Bean
    ExperimentSection cueSheetSection() {
        return new ExperimentSection(46, "runsheet.nav", CueSheetView.class);
    }

    @Bean
    ExperimentSection runDaySection() {
        return new ExperimentSection(47, "runsheet.today.nav", RunDayView.class);
    }
}
