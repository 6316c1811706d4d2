package kr.silheomjang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The particle after a word that a message gets as a parameter, as QA found them on screen. */
class KoreanParticlesTest {

    @Test
    void theLastSyllableChoosesTheParticle() {
        assertThat(KoreanParticles.resolve("단계를 주제 선정에서 기획(으)로 옮겼습니다")).isEqualTo("단계를 주제 선정에서 기획으로 옮겼습니다");
        assertThat(KoreanParticles.resolve("협력기관 게스트(으)로 합류했습니다")).isEqualTo("협력기관 게스트로 합류했습니다");
        // ㄹ takes 로, like a vowel.
        assertThat(KoreanParticles.resolve("서울(으)로")).isEqualTo("서울로");
        assertThat(KoreanParticles.resolve("실험장 \"야학\"을(를) 만들었습니다")).isEqualTo("실험장 \"야학\"을 만들었습니다");
        assertThat(KoreanParticles.resolve("'홍보'을(를) '회의'(으)로")).isEqualTo("'홍보'를 '회의'로");
        assertThat(KoreanParticles.resolve("“마무리”이(가) 지워지고")).isEqualTo("“마무리”가 지워지고");
        assertThat(KoreanParticles.resolve("“실험 진행”이(가) 지워지고")).isEqualTo("“실험 진행”이 지워지고");
        assertThat(KoreanParticles.resolve("김기획은(는) 박협력와(과) 이준비과(와)"))
                .isEqualTo("김기획은 박협력과 이준비와");
        assertThat(KoreanParticles.resolve("\"기록 (사전 공개)\"을(를) 해당 없음으로"))
                .isEqualTo("\"기록 (사전 공개)\"를 해당 없음으로");
    }

    /** QA (follow-up mail): a title ending in its own marks is read by its last syllable, "열렸다?!'" → 는. */
    @Test
    void aTitlesClosingMarksAreLookedThrough() {
        assertThat(KoreanParticles.resolve("'서울역에 일일야학이 열렸다?!'은(는) 끝났지만"))
                .isEqualTo("'서울역에 일일야학이 열렸다?!'는 끝났지만");
        assertThat(KoreanParticles.resolve("'마을 부엌 실험…'은(는)")).isEqualTo("'마을 부엌 실험…'은");
    }

    @Test
    void aNumberIsReadInKorean() {
        assertThat(KoreanParticles.resolve("예산 한도 2,500,000원을(를) 넘습니다")).isEqualTo("예산 한도 2,500,000원을 넘습니다");
        assertThat(KoreanParticles.resolve("오류 번호 1을(를)")).isEqualTo("오류 번호 1을");
        assertThat(KoreanParticles.resolve("오류 번호 2을(를)")).isEqualTo("오류 번호 2를");
        assertThat(KoreanParticles.resolve("3(으)로 7(으)로 10(으)로 100(으)로 0(으)로"))
                .isEqualTo("3으로 7로 10으로 100으로 0으로");
        assertThat(KoreanParticles.resolve("1,000을(를) 20,000을(를)")).isEqualTo("1,000을 20,000을");
    }

    @Test
    void whatCannotBeToldKeepsBothForms() {
        assertThat(KoreanParticles.resolve("kim@example.kr은(는) 이미 계정이 있습니다"))
                .isEqualTo("kim@example.kr은(는) 이미 계정이 있습니다");
        assertThat(KoreanParticles.resolve("(으)로 시작")).isEqualTo("(으)로 시작");
        assertThat(KoreanParticles.resolve("괄호 (참고) 없음")).isEqualTo("괄호 (참고) 없음");
        assertThat(KoreanParticles.ro("Doing")).isEqualTo("(으)로");
        assertThat(KoreanParticles.ro("진행 중")).isEqualTo("으로");
        assertThat(KoreanParticles.ro("완료")).isEqualTo("로");
        assertThat(KoreanParticles.ro("")).isEqualTo("로");
    }
}
