package kr.silheomjang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TranslationProviderTest {

    TranslationProvider provider = new TranslationProvider();

    @Test
    void koreanIsTheDefaultAndEnglishTheSecondLanguage() {
        assertThat(provider.getTranslation("stage.PLANNING", Locale.KOREAN)).isEqualTo("기획");
        assertThat(provider.getTranslation("stage.PLANNING", Locale.US)).isEqualTo("Planning");
        assertThat(provider.getTranslation("stage.PLANNING", Locale.FRENCH)).isEqualTo("기획");
        assertThat(provider.getTranslation("stage.PLANNING", null)).isEqualTo("기획");
    }

    @Test
    void featureBundlesUnderI18nAreFoundWithoutRegistration() {
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, "김기획")).isEqualTo("안녕하세요 김기획님");
        assertThat(provider.getTranslation("testfeature.hello", Locale.ENGLISH, "Kim")).isEqualTo("Hello Kim");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(provider.getTranslation("no.such.key", Locale.KOREAN)).isEqualTo("!no.such.key");
    }

    @Test
    void everyKoreanKeyHasAnEnglishTwinAndViceVersa() throws Exception {
        var ko = new java.util.Properties();
        var en = new java.util.Properties();
        try (var k = getClass().getResourceAsStream("/messages_ko.properties");
                var e = getClass().getResourceAsStream("/messages_en.properties")) {
            ko.load(new java.io.InputStreamReader(k, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(ko.keySet());
    }
}
