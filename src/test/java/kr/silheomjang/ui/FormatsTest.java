package kr.silheomjang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Date patterns come from the bundles (issue 12, point 5); what users read must not change with that. */
class FormatsTest {

    @Test
    void datesAndTimesReadAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(Formats.date(day, Languages.KOREAN)).isEqualTo("2026년 12월 1일 (화)");
        assertThat(Formats.date(day, Languages.ENGLISH)).isEqualTo("Tue, Dec 1, 2026");
        // 05:30 UTC is 14:30 in Seoul
        Instant at = Instant.parse("2026-12-01T05:30:00Z");
        assertThat(Formats.dateTime(at, Languages.KOREAN)).isEqualTo("2026년 12월 1일 오후 2:30");
        assertThat(Formats.dateTime(at, Languages.ENGLISH)).isEqualTo("Dec 1, 2026 2:30 PM");
        assertThat(Formats.date(null, Languages.KOREAN)).isEmpty();
    }
}
