package kr.silheomjang.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Amounts the Korean way, percentages from whole won without floating point. */
class WonTest {

    @Test
    void inEnglishTheSymbolComesFirstAndWhatEitherLanguageWritesParsesBack() {
        assertThat(Won.text(1_234_000, Locale.ENGLISH)).isEqualTo("₩1,234,000");
        assertThat(Won.text(-30_000, Locale.US)).isEqualTo("-₩30,000");
        for (long won : new long[] {0, 1_234_000, -30_000}) {
            assertThat(Won.parse(Won.text(won, Locale.ENGLISH))).isEqualTo(won);
            assertThat(Won.parse(Won.text(won, Locale.KOREAN))).isEqualTo(won);
        }
    }

    @Test
    void amountsAreWrittenTheKoreanWay() {
        assertThat(Won.text(1_234_000, Locale.KOREAN)).isEqualTo("1,234,000원");
        assertThat(Won.text(0, Locale.KOREAN)).isEqualTo("0원");
        assertThat(Won.text(-30_000, null)).as("Korean without a locale").isEqualTo("-30,000원");
        assertThat(Won.symbol(1_234_000)).isEqualTo("₩1,234,000");
        assertThat(Won.symbol(-30_000)).isEqualTo("-₩30,000");
        assertThat(Won.signedSymbol(20_000)).isEqualTo("+₩20,000");
        assertThat(Won.signedSymbol(0)).isEqualTo("₩0");
    }

    @Test
    void whatPeopleTypeIsParsedAsWholeWonOrNotAtAll() {
        assertThat(Won.parse("1,234,000")).isEqualTo(1_234_000L);
        assertThat(Won.parse(" 50000원")).isEqualTo(50_000L);
        assertThat(Won.parse("₩ 7,000")).isEqualTo(7_000L);
        assertThat(Won.parse("-500")).isEqualTo(-500L);
        assertThat(Won.parse("KRW 7,000")).isEqualTo(7_000L);
        assertThat(Won.parse("1.5")).isNull();
        assertThat(Won.parse("십만원")).isNull();
        assertThat(Won.parse("")).isNull();
        // Too long for a long is still a whole number: the nearest long, refused as too big (not "not a number").
        assertThat(Won.parse("99999999999999999999")).isEqualTo(Long.MAX_VALUE).isGreaterThan(Won.MAX);
        assertThat(Won.parse("99,999,999,999,999,999,999원")).isEqualTo(Long.MAX_VALUE);
        assertThat(Won.parse("-99999999999999999999")).isEqualTo(Long.MIN_VALUE);
        assertThat(Won.parse("000000000000000000000012")).isEqualTo(12L);
        assertThat(Won.parse(String.valueOf(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
        assertThat(Won.parse("9223372036854775808")).isEqualTo(Long.MAX_VALUE);
        // Misplaced commas are a typing slip, not a number to guess (QA: "1,2,3" was saved as 123원).
        assertThat(Won.parse("1,2,3")).isNull();
        assertThat(Won.parse("12,34")).isNull();
        assertThat(Won.parse("1,0000")).isNull();
        assertThat(Won.parse(",000")).isNull();
        assertThat(Won.parse("-1,000")).isEqualTo(-1_000L);
        assertThat(Won.parse("12,345,678원")).isEqualTo(12_345_678L);
    }

    @Test
    void percentagesRoundHalfUpToOneDecimal() {
        assertThat(Won.percent(20_000, 100_000)).isEqualTo("+20.0%");
        assertThat(Won.percent(-1, 3)).isEqualTo("-33.3%");
        assertThat(Won.percent(1, 8)).isEqualTo("+12.5%");
        assertThat(Won.percent(1, 16)).isEqualTo("+6.3%");
        assertThat(Won.percent(0, 5)).isEqualTo("0.0%");
        assertThat(Won.percent(5, 0)).isEqualTo("-");
        assertThat(Won.percentValue(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(Won.percentValue(1, 0)).isNull();
        // Exact even for amounts where a double would drift.
        assertThat(Won.percent(3_333_333_333L, 9_999_999_999L)).isEqualTo("+33.3%");
        assertThat(new Money(100_000, 120_000).usedPercent()).isEqualTo(100);
        assertThat(new Money(100_000, 33_333).usedPercent()).isEqualTo(33);
        assertThat(new Money(0, 10).usedPercent()).isEqualTo(100);
    }
}
