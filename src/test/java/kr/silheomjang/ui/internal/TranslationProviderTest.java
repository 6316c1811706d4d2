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

    /** Formatted texts are kept (every open board formats the same ones), never mixed up across arguments or languages. */
    @Test
    void keptFormattedTextsFollowTheirArgumentsAndLanguage() {
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, "김기획")).isEqualTo("안녕하세요 김기획님");
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, "이준비")).isEqualTo("안녕하세요 이준비님");
        assertThat(provider.getTranslation("testfeature.hello", Locale.ENGLISH, "김기획")).isEqualTo("Hello 김기획");
        String[] asked = {"박참여"};
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, (Object[]) asked)).endsWith("박참여님");
        asked[0] = "최변경";
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, (Object[]) asked))
                .as("the caller's array changed after the first call").endsWith("최변경님");
        for (int i = 0; i < 5000; i++) {
            assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, "n" + i)).endsWith("n" + i + "님");
        }
        assertThat(provider.getTranslation("testfeature.hello", Locale.KOREAN, "김기획")).isEqualTo("안녕하세요 김기획님");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(provider.getTranslation("no.such.key", Locale.KOREAN)).isEqualTo("!no.such.key");
    }

    /**
     * Every bundle, the shared one and each feature's under i18n/ (found, not listed, so a new one is covered at once):
     * the same keys in Korean and English, and no bundle in one language only.
     */
    @Test
    void everyKoreanKeyHasAnEnglishTwinAndViceVersa() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        java.util.List<String> bundles = new java.util.ArrayList<>(java.util.List.of("messages"));
        for (var ko : resolver.getResources("classpath*:i18n/*_ko.properties")) {
            bundles.add("i18n/" + ko.getFilename().replace("_ko.properties", ""));
        }
        assertThat(bundles).as("feature bundles found").hasSizeGreaterThan(5);
        // The other way round too: an English-only bundle would never be read (the provider looks for *_ko).
        for (var en : resolver.getResources("classpath*:i18n/*_en.properties")) {
            assertThat(bundles).as(en.getFilename() + " has a Korean twin")
                    .contains("i18n/" + en.getFilename().replace("_en.properties", ""));
        }
        for (String bundle : bundles) {
            var ko = load("/" + bundle + "_ko.properties");
            var en = load("/" + bundle + "_en.properties");
            assertThat(en.keySet()).as(bundle + ": English keys vs Korean keys")
                    .containsExactlyInAnyOrderElementsOf(ko.keySet());
            // A text blank in one language is blank in the other too (some keys say nothing on purpose).
            assertThat(en.keySet()).as(bundle + ": blank in one language only")
                    .allMatch(k -> ko.getProperty((String) k).isBlank() == en.getProperty((String) k).isBlank());
            for (var texts : java.util.List.of(ko, en)) {
                texts.forEach((key, text) -> assertThat(quotesAsShown((String) text))
                        .as(bundle + ": " + key + " shows its apostrophes as written").isTrue());
            }
        }
    }

    /**
     * A text with arguments goes through MessageFormat, where a single ' starts a quote and disappears (it needs ''); a
     * text without arguments is shown as written, where '' would show twice.
     */
    private static boolean quotesAsShown(String text) {
        boolean formatted = java.util.regex.Pattern.compile("\\{\\d").matcher(text).find();
        return formatted ? !java.util.regex.Pattern.compile("(?<!')'(?!')").matcher(text).find() : !text.contains("''");
    }

    private java.util.Properties load(String path) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
