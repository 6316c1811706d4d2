package kr.silheomjang.budget.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.silheomjang.ui.ExperimentSection;

/** The budget tab (예산 · 결산, order 60: after surveys, before follow-up). */
@Configuration
class BudgetSectionConfig {

    @Bean
    ExperimentSection budgetSection() {
        return new ExperimentSection(60, "budget.nav", BudgetView.class);
    }
}
