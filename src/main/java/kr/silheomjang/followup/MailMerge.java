package kr.silheomjang.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The merge fields of a mailing: {이름}, {실험장}, {결과 링크}, {참여 일정}. */
public final class MailMerge {

    public static final String NAME = "{이름}";
    public static final String EXPERIMENT = "{실험장}";
    public static final String RESULT_LINK = "{결과 링크}";
    public static final String SCHEDULE = "{참여 일정}";
    public static final List<String> FIELDS = List.of(NAME, EXPERIMENT, RESULT_LINK, SCHEDULE);

    private static final Pattern FIELD = Pattern.compile("\\{[^{}\\n]{1,20}\\}");

    private MailMerge() {
    }

    /** Fields written in braces that are none of the four (a typo such as {이룸} would otherwise reach people). */
    public static List<String> unknownFields(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            if (!FIELDS.contains(m.group()) && !out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The text with every field replaced by its value (an empty value leaves nothing). */
    public static String apply(String text, Map<String, String> values) {
        String out = text;
        for (String f : FIELDS) {
            out = out.replace(f, values.getOrDefault(f, ""));
        }
        return out;
    }
}
