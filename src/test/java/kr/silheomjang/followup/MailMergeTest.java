package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Mailings saved before particles were settled wrote one particle after a field whatever its value. */
class MailMergeTest {

    private static String merge(String text, String title, String name) {
        return MailMerge.apply(text, Map.of(MailMerge.EXPERIMENT, title, MailMerge.NAME, name));
    }

    @Test
    void aParticleWrittenOneWayAfterAFieldFollowsTheValue() {
        String saved = "'{실험장}'은 끝났지만 {이름}님과 함께합니다. {실험장}을 기억해 주세요. {이름}이 와 주셔서";
        assertThat(merge(saved, "서울역에 일일야학이 열렸다?!", "김민수"))
                .isEqualTo("'서울역에 일일야학이 열렸다?!'는 끝났지만 김민수님과 함께합니다. 서울역에 일일야학이 열렸다?!를 기억해 주세요."
                        + " 김민수가 와 주셔서");
        assertThat(merge("'{실험장}'는 끝났지만", "노약자석 인형 실험", "x")).isEqualTo("'노약자석 인형 실험'은 끝났지만");
        assertThat(merge("{실험장}로 오세요", "서울역", "x")).isEqualTo("서울역으로 오세요");
    }

    @Test
    void wordsThatGoOnAndChoicesAlreadyWrittenAreLeftAlone() {
        // "이다", "님", a choice already written both ways, an unknown brace and a Latin title.
        assertThat(merge("{실험장}이다. {이름}님, '{실험장}'은(는) 끝", "야학", "김민수"))
                .isEqualTo("야학이다. 김민수님, '야학'은 끝");
        assertThat(MailMerge.withParticleChoices("{이룸}은 그대로")).isEqualTo("{이룸}은 그대로");
        assertThat(merge("'{실험장}'은 끝", "Night School", "x")).isEqualTo("'Night School'은(는) 끝");
    }
}
