package kr.silheomjang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** QA (English UI): counts read "1 new answers", "1 responses"; the English texts now choose singular or plural. */
class EnglishCountsTest {

    TranslationProvider provider = new TranslationProvider();

    String en(String key, Object... args) {
        return provider.getTranslation(key, Locale.ENGLISH, args);
    }

    @Test
    void oneIsSingularAndMoreArePlural() {
        assertThat(en("notification.kind.SURVEY_ANSWERS", "김기획", "참여자 설문", 1))
                .isEqualTo("1 new answer to the survey '참여자 설문'");
        assertThat(en("notification.kind.SURVEY_ANSWERS", "김기획", "참여자 설문", 4))
                .isEqualTo("4 new answers to the survey '참여자 설문'");
        assertThat(en("survey.responses", 0)).isEqualTo("0 responses");
        assertThat(en("survey.responses", 1)).isEqualTo("1 response");
        assertThat(en("survey.responses", 1234)).isEqualTo("1,234 responses");
        assertThat(en("survey.questionCount", 1)).isEqualTo("1 question");
        assertThat(en("survey.results.count", 1)).isEqualTo("1 response");
        assertThat(en("survey.verdict.observations", 1)).isEqualTo("1 observation");
        assertThat(en("planning.cards", 1)).isEqualTo("1 card");
        assertThat(en("planning.commentCount", 2)).isEqualTo("2 comments");
        assertThat(en("planning.filter.shown", 1)).isEqualTo("1 card shown (filtered)");
        assertThat(en("followup.retro.responses", 1)).isEqualTo("1 answer");
        assertThat(en("followup.report.survey.responses", 1)).isEqualTo("1 response");
        assertThat(en("followup.results.public.chartOf", "현장 만족도", 1))
                .isEqualTo("현장 만족도 · 1 answer (shares of those who answered this question)");
        assertThat(en("followup.archive.count", 1, 3)).isEqualTo("1 item (3 in all)");
        assertThat(en("notification.markedAll", 1)).isEqualTo("Marked 1 notification as read");
        assertThat(en("search.page.count", "야학", 1)).isEqualTo("1 result for '야학'");
        // Korean has no plural: unchanged.
        assertThat(provider.getTranslation("survey.responses", Locale.KOREAN, 1)).isEqualTo("응답 1건");
    }
}
