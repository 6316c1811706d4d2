package kr.silheomjang.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.silheomjang.shared.KoreanParticles;

/**
 * The merge fields of a mailing: {이름}, {실험장}, {결과 링크}, {참여 일정}, and their English twins {name},
 * {experiment}, {result link}, {schedule}. They are a stored syntax, not UI text: mailings already written use the
 * Korean ones, so both spellings are read in either language, and the editor offers those of its UI's language.
 */
public final class MailMerge {

    public static final String NAME = "{이름}";
    public static final String EXPERIMENT = "{실험장}";
    public static final String RESULT_LINK = "{결과 링크}";
    public static final String SCHEDULE = "{참여 일정}";
    public static final List<String> FIELDS = List.of(NAME, EXPERIMENT, RESULT_LINK, SCHEDULE);
    /** The English spelling of each field, in the order of {@link #FIELDS}. */
    public static final List<String> ENGLISH_FIELDS = List.of("{name}", "{experiment}", "{result link}", "{schedule}");

    private static final Pattern FIELD = Pattern.compile("\\{[^{}\\n]{1,20}\\}");
    /**
     * A field, its closing quotes, then a particle written one way only and standing alone (no syllable or "(" after
     * it): mailings saved before particles were settled wrote "'{실험장}'은" whatever the title.
     */
    private static final Pattern FIXED_PARTICLE = Pattern.compile(
            "(\\{[^{}\\n]{1,20}\\}['\"’”」』)\\]]*)(은|는|이|가|을|를|과|와|으로|로)(?![가-힣(])");

    private MailMerge() {
    }

    /** The fields as the editor of this language offers them (Korean without one). */
    public static List<String> fields(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH_FIELDS : FIELDS;
    }

    /** Fields written in braces that are none of the four (a typo such as {이룸} would otherwise reach people). */
    public static List<String> unknownFields(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (!FIELDS.contains(m.group()) && !ENGLISH_FIELDS.contains(m.group()) && !out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * The text with every field, in either spelling, replaced by its value; {@code values} are keyed by the Korean
     * spelling ({@link #NAME} …). A line that an empty value leaves with nothing to say (only a label such as
     * "자세한 내용:", or nothing at all) is left out. Then the particles written both ways after a field ("'{실험장}'은(는)")
     * are settled by the value's last syllable, as the translation provider does for bundle parameters.
     */
    public static String apply(String text, Map<String, String> values) {
        List<String> kept = new ArrayList<>();
        for (String line : withParticleChoices(text).split("\n", -1)) {
            String out = line;
            boolean emptied = false;
            for (int i = 0; i < FIELDS.size(); i++) {
                String value = values.getOrDefault(FIELDS.get(i), "");
                if (value.isEmpty() && (out.contains(FIELDS.get(i)) || out.contains(ENGLISH_FIELDS.get(i)))) {
                    emptied = true;
                }
                out = out.replace(FIELDS.get(i), value).replace(ENGLISH_FIELDS.get(i), value);
            }
            if (emptied && (out.isBlank() || out.strip().endsWith(":"))) {
                continue;
            }
            kept.add(out);
        }
        return KoreanParticles.resolve(String.join("\n", kept));
    }

    /** A fixed particle after one of the four fields, written both ways so that the value settles it. */
    static String withParticleChoices(String text) {
        Matcher m = FIXED_PARTICLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (m.find()) {
            String field = m.group(1).substring(0, m.group(1).indexOf('}') + 1);
            String settled = FIELDS.contains(field) || ENGLISH_FIELDS.contains(field) ? bothWays(m.group(2)) : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + settled));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String bothWays(String particle) {
        return switch (particle) {
            case "은", "는" -> "은(는)";
            case "이", "가" -> "이(가)";
            case "을", "를" -> "을(를)";
            case "과", "와" -> "과(와)";
            default -> "(으)로";
        };
    }
}
