package kr.silheomjang.shared;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and notes the server stores on its own behalf (an actor such as the retention job, a personal-data log line)
 * are kept as a neutral marker, {@code i18n:<message key>|<arg>|…}, and translated where they are shown, so a Korean
 * and an English reader each read them in their language. Rows stored before the markers hold Korean words and are
 * shown as stored; so are the erasure markers that must stay comparable in the database ({@link
 * PersonalDataHolder#ERASED} and an anonymised participant's name), which are translated when they are the whole value.
 */
public final class StoredText {

    public static final String MARK = "i18n:";
    /** What an anonymised participant is renamed to: "익명-" and the row id (stored; compared on erasure). */
    public static final String ANONYMOUS_PREFIX = "익명-";
    private static final Pattern ANONYMOUS = Pattern.compile(Pattern.quote(ANONYMOUS_PREFIX) + "(\\d+)");

    /** The translation function of the reader (a view's {@code getTranslation}). */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... args);
    }

    private StoredText() {
    }

    /**
     * Whether a name a person types would read as one of the server's own: a marker, the erasure mark or an anonymised
     * participant's name (a member named "(삭제됨)" would show as a deleted account).
     */
    public static boolean isReserved(String name) {
        return name.startsWith(MARK) || name.equals(PersonalDataHolder.ERASED) || ANONYMOUS.matcher(name).matches();
    }

    /** A marker for {@code key} with its arguments, to be stored. */
    public static String marker(String key, Object... args) {
        StringBuilder s = new StringBuilder(MARK).append(key);
        for (Object a : args) {
            s.append('|').append(String.valueOf(a).replace("|", "/"));
        }
        return s.toString();
    }

    /** The stored value as this reader reads it: a marker translated, anything else as it was stored. */
    public static String show(String stored, Words words) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(MARK)) {
            String[] parts = stored.substring(MARK.length()).split("\\|", -1);
            return words.get(parts[0], (Object[]) Arrays.copyOfRange(parts, 1, parts.length));
        }
        if (stored.equals(PersonalDataHolder.ERASED)) {
            return words.get("stored.erased");
        }
        Matcher anonymous = ANONYMOUS.matcher(stored);
        if (anonymous.matches()) {
            return words.get("stored.anonymousParticipant", anonymous.group(1));
        }
        return stored;
    }
}
