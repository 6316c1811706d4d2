package kr.silheomjang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void valuesMadeOnlyOfInvisibleCharactersAreBlank() {
        for (String invisible : new String[] {"\u200B", "\u00A0", "\u200B\u200C\u200D\u2060", "\uFEFF", "\u3164",
                "\u115F\u1160", "\u3000 \t\n", "\u202E", "\u00AD", "\u2800", "\uFFA0", "\u0000"}) {
            assertThat(Texts.isBlank(invisible)).as("U+%04X", (int) invisible.charAt(0)).isTrue();
            assertThat(Texts.stripToNull(invisible)).isNull();
        }
        assertThat(Texts.isBlank(null)).isTrue();
        assertThat(Texts.isBlank("")).isTrue();
    }

    @Test
    void visibleTextIsKeptWithItsInnerCharacters() {
        assertThat(Texts.isBlank("\u200B가\u200B")).isFalse();
        assertThat(Texts.strip("\u200B\u00A0좋아요 정말\u200B ")).isEqualTo("좋아요 정말");
        assertThat(Texts.strip("a\u200Db")).isEqualTo("a\u200Db");
        assertThat(Texts.isBlank("😀")).isFalse();
        assertThat(Texts.strip(null)).isNull();
    }

    @Test
    void aTextCutToItsLimitEndsInAnEllipsisAndNeverInHalfACharacter() {
        assertThat(Texts.cut("가".repeat(300), 300)).isEqualTo("가".repeat(300));
        assertThat(Texts.cut("가".repeat(301), 300)).hasSize(300).isEqualTo("가".repeat(299) + "\u2026");
        assertThat(Texts.cut("a".repeat(298) + "😀😀", 300)).isEqualTo("a".repeat(298) + "\u2026");
        assertThat(Texts.cut("ab  cd", 5)).isEqualTo("ab\u2026");
        assertThat(Texts.cut(null, 3)).isNull();
    }
}
