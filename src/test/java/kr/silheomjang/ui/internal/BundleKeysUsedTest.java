package kr.silheomjang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A key the code asks for but a bundle lacks shows as "!key" only when someone opens that screen in that language;
 * these checks find it at build time. And an English text holding Hangul is a Korean word left in the English UI.
 */
class BundleKeysUsedTest {

    /** Hangul an English text may hold, each with its reason. */
    static final Map<String, String> HANGUL_IN_ENGLISH = Map.of(
            "nav.switchLanguage", "the switch to Korean is named in Korean, the language it leads to");

    /** What a message key looks like ("planning.history.field.due"). */
    private static final String KEY = "[A-Za-z][\\w.-]*";
    /** getTranslation("key" …) or t("key" …), the key maybe after one simple argument (a locale, a component). */
    private static final Pattern CALL = Pattern.compile(
            "(?:\\bgetTranslation|(?<![\\w.])t)\\(\\s*(?:[\\w.]+(?:\\(\\))?\\s*,\\s*)?\"(" + KEY + ")\"\\s*[,)]");
    /** The same with a choice of two keys: getTranslation(open ? "a.key" : "b.key" …). */
    private static final Pattern CHOICE = Pattern.compile(
            "(?:\\bgetTranslation|(?<![\\w.])t)\\((?:\\s*[\\w.]+(?:\\(\\))?\\s*,)?(?:[^\";{}()]|\\(\\))*?\\?\\s*"
                    + "\"(" + KEY + ")\"\\s*:\\s*\"(" + KEY + ")\"\\s*[,)]");
    /** DestructiveQuestion.ask(where, "prefix", …): the prefix's .header, .text, .keep and .confirm. */
    private static final Pattern QUESTION = Pattern.compile(
            "DestructiveQuestion\\.ask\\(\\s*[^,\"]+,\\s*\"(" + KEY + ")\"\\s*,");
    private static final List<String> QUESTION_PARTS = List.of(".header", ".text", ".keep", ".confirm");

    @Test
    void everyLiteralKeyTheCodeAsksForIsInBothLanguages() throws IOException {
        Map<String, Set<String>> used = keysUsed(Path.of("src/main/java"));
        assertThat(used).as("the scan finds the code's keys").hasSizeGreaterThan(500);
        Properties ko = all("ko");
        Properties en = all("en");
        List<String> missing = new ArrayList<>();
        used.forEach((key, files) -> {
            if (!ko.containsKey(key)) {
                missing.add(key + " (ko) in " + files);
            }
            if (!en.containsKey(key)) {
                missing.add(key + " (en) in " + files);
            }
        });
        assertThat(missing).as("keys asked for in src/main/java but missing from a bundle").isEmpty();
    }

    @Test
    void englishTextsHoldNoHangul() throws IOException {
        Properties en = all("en");
        List<String> korean = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (!HANGUL_IN_ENGLISH.containsKey(key) && en.getProperty(key).codePoints()
                    .anyMatch(NoHardCodedKoreanTest::hangul)) {
                korean.add(key + "=" + en.getProperty(key));
            }
        }
        assertThat(korean).as("Hangul in *_en.properties (a Korean word in the English UI)").isEmpty();
        assertThat(HANGUL_IN_ENGLISH.keySet()).as("each exception is still an English text with Hangul")
                .allSatisfy(k -> assertThat(en.getProperty(k)).isNotNull()
                        .matches(v -> v.codePoints().anyMatch(NoHardCodedKoreanTest::hangul)));
    }

    /** The scanner must see each kind of call, and never a key prefix that code completes ("stage." + s). */
    @Test
    void theScannerSeesLiteralKeysButNotPrefixes() {
        String source = """
                getTranslation("a.plain"); getTranslation("a.args", 3, name); t("a.short");
                x.getTranslation(locale, "a.locale"); getTranslation(Locale.KOREAN, "a.korean");
                t(box, "a.box", 1); getTranslation(open ? "a.open" : "a.closed", n);
                getTranslation(to.locale(), "a.call");
                DestructiveQuestion.ask(this, "a.question", "keep-id", () -> run(), name);
                getTranslation("a.prefix." + s.name()); getTranslation(key); format("b.notAKey");
                """;
        assertThat(keysIn(source)).containsExactlyInAnyOrder("a.plain", "a.args", "a.short", "a.locale",
                "a.korean", "a.box", "a.open", "a.closed", "a.call", "a.question.header", "a.question.text",
                "a.question.keep", "a.question.confirm");
    }

    static Map<String, Set<String>> keysUsed(Path root) throws IOException {
        Map<String, Set<String>> used = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String key : keysIn(Files.readString(p, StandardCharsets.UTF_8))) {
                    used.computeIfAbsent(key, k -> new TreeSet<>()).add(p.getFileName().toString());
                }
            }
        }
        return used;
    }

    static Set<String> keysIn(String source) {
        Set<String> keys = new TreeSet<>();
        Matcher call = CALL.matcher(source);
        while (call.find()) {
            keys.add(call.group(1));
        }
        Matcher choice = CHOICE.matcher(source);
        while (choice.find()) {
            keys.add(choice.group(1));
            keys.add(choice.group(2));
        }
        Matcher question = QUESTION.matcher(source);
        while (question.find()) {
            for (String part : QUESTION_PARTS) {
                keys.add(question.group(1) + part);
            }
        }
        return keys;
    }

    /** Every bundle of one language: the shared one and each feature's under i18n/. */
    private Properties all(String language) throws IOException {
        Properties all = new Properties();
        load(all, getClass().getResource("/messages_" + language + ".properties").openStream());
        for (Resource r : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:i18n/*_" + language + ".properties")) {
            load(all, r.getInputStream());
        }
        return all;
    }

    private static void load(Properties into, java.io.InputStream in) throws IOException {
        try (in) {
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
