package kr.silheomjang.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 5: every word a person reads comes from the bundles (ko and en). A string literal holding Hangul in
 * src/main/java fails this test, unless its file is below: demo content written as if by Korean users, and the few
 * places where Korean is data or syntax rather than text (each with its reason). Comments and Javadoc are not
 * literals and may quote Korean freely.
 */
class NoHardCodedKoreanTest {

    /** Demo content: the seeded workspace, authored as Korean users would have written it. */
    static final List<String> DEMO = List.of("Seeder.java", "DemoData.java",
            "ScheduleSeeding.java", "NotificationDemo.java");

    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("budget/Won.java", "the won unit is part of the Korean number format; parsing accepts it"),
            Map.entry("followup/MailMerge.java", "the Korean merge fields are a stored syntax in existing mailings"),
            Map.entry("topic/internal/ProposalImport.java", "header synonyms an import accepts, in both languages"),
            Map.entry("people/ParticipantField.java", "the participants CSV's Korean headers (file format, read back)"),
            Map.entry("people/internal/ParticipantCsv.java", "the participants CSV's Korean words (read back)"),
            Map.entry("shared/PersonalDataHolder.java", "ERASED is stored and compared in the database"),
            Map.entry("shared/StoredText.java", "the anonymised name prefix is stored and compared"),
            Map.entry("shared/KoreanParticles.java",
                    "Korean particles chosen by the final consonant: grammar, not text"),
            Map.entry("security/internal/BootstrapAccount.java",
                    "the first administrator's default display name, a setting (silheomjang.bootstrap.name)"));

    @Test
    void noHangulStringLiteralOutsideTheBundles() throws IOException {
        Path root = Path.of("src/main/java/kr/silheomjang");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                if (DEMO.stream().anyMatch(relative::endsWith) || ALLOWED.containsKey(relative)) {
                    continue;
                }
                for (String literal : hangulLiterals(Files.readString(p, StandardCharsets.UTF_8))) {
                    found.add(relative + ": " + literal);
                }
            }
        }
        assertThat(found).as("Hangul in string literals: move the text to i18n/<feature>_{ko,en}.properties")
                .isEmpty();
    }

    @Test
    void theScannerSeesLiteralsAndTextBlocksButNotComments() {
        String source = """
                // "주석" in a line comment
                /* "블록" in a block comment */
                /** "문서" in Javadoc */
                String a = "plain"; String b = "한글"; char c = '"'; String d = "escaped \\" 따옴표";
                String e = \"\"\"
                    본문
                    \"\"\";
                """;
        assertThat(hangulLiterals(source)).containsExactly("\"한글\"", "\"escaped \\\" 따옴표\"",
                "\"\"\"\n    본문\n    \"\"\"");
    }

    @Test
    void theAllowListNamesFilesThatExist() {
        assertThat(ALLOWED.keySet()).allSatisfy(f -> assertThat(Path.of("src/main/java/kr/silheomjang", f)).exists());
    }

    /** String literals and text blocks holding Hangul syllables or jamo, as written; comments skipped. */
    static List<String> hangulLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"') {
                int j;
                if (src.startsWith("\"\"\"", i)) {
                    j = i + 3;
                    while (j < n && !src.startsWith("\"\"\"", j)) {
                        j += src.charAt(j) == '\\' ? 2 : 1;
                    }
                    j = Math.min(n, j + 3);
                } else {
                    j = i + 1;
                    while (j < n && src.charAt(j) != '"' && src.charAt(j) != '\n') {
                        j += src.charAt(j) == '\\' ? 2 : 1;
                    }
                    j = Math.min(n, j + 1);
                }
                String literal = src.substring(i, j);
                if (literal.codePoints().anyMatch(NoHardCodedKoreanTest::hangul)) {
                    out.add(literal);
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    static boolean hangul(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3130 && cp <= 0x318F;
    }
}
