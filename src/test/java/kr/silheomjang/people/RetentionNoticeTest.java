package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/**
 * The sign-up form's default privacy notice promises the retention the app keeps: personal data is purged one year
 * after the follow-up ends unless the owner sets otherwise. It said three months (found by exploratory QA), a promise
 * to applicants the nightly purge did not keep.
 */
class RetentionNoticeTest {

    static String defaultNotice(Locale language) {
        RecruitmentSettings d = RecruitmentSettings.defaults("야학",
                (key, args) -> ResourceBundle.getBundle("i18n.recruit", language).getString(key));
        return d.noticeRetention();
    }

    @Test
    void theDefaultNoticeSaysTheDefaultRetention() {
        LocalDate end = LocalDate.of(2027, 2, 20);
        assertThat(ProposerConsentService.retentionDate(end, end.minusDays(30), null)).isEqualTo(end.plusYears(1));
        assertThat(defaultNotice(Locale.KOREAN)).contains("1년").doesNotContain("개월");
        assertThat(defaultNotice(Locale.ENGLISH)).contains("one year").doesNotContain("month");
    }
}
