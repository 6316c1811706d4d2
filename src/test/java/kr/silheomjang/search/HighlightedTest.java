package kr.silheomjang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The marking of matches: inside words, case-insensitive, cut around the first match. */
class HighlightedTest {

    @Test
    void marksEveryOccurrenceInsideWordsIgnoringCase() {
        Highlighted h = Highlighted.of("일일야학 Night 야학당", List.of("야학", "night"));
        assertThat(h.parts()).containsExactly(new Highlighted.Part("일일", false), new Highlighted.Part("야학", true),
                new Highlighted.Part(" ", false), new Highlighted.Part("Night", true), new Highlighted.Part(" ", false),
                new Highlighted.Part("야학", true), new Highlighted.Part("당", false));
        assertThat(h.text()).isEqualTo("일일야학 Night 야학당");
    }

    @Test
    void aSnippetIsCutAroundTheFirstMatch() {
        String text = "가".repeat(300) + "야학" + "나".repeat(300);
        Highlighted s = Highlighted.snippet(text, List.of("야학"), 60);
        assertThat(s.parts().get(0).text()).isEqualTo("…");
        assertThat(s.parts().get(s.parts().size() - 1).text()).isEqualTo("…");
        assertThat(s.matches()).containsExactly("야학");
        assertThat(s.text().length()).isEqualTo(62);
        assertThat(Highlighted.snippet("  ", List.of("x"), 60).isEmpty()).isTrue();
    }
}
