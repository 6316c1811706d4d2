package kr.silheomjang.runsheet;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Small rules shared by the service and the views. */
public final class CueSheets {

    /** Segments per sheet: a run day is hours, not weeks; the sheet is read whole (times need every duration). */
    public static final int MAX_CUES = 100;
    /** Longest segment: a whole day. */
    public static final int MAX_MINUTES = 24 * 60;

    private CueSheets() {
    }

    /** Same person, ignoring case and spaces (the roster's names are typed by hand, like its clash check). */
    public static boolean samePerson(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.isBlank() && key(a).equals(key(b));
    }

    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
