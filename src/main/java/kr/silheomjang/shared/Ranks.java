package kr.silheomjang.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Fractional ranks for ordered lists (board columns, cards, checklist items): a place is a string of base-36 digits
 * read as a fraction 0.d1d2d3…, so lexicographic order is list order, and a new place between two others always
 * exists. Moving an item therefore writes that one item; nothing else is renumbered, so concurrent moves lock one row
 * each instead of whole columns (see docs/decisions/0015-ranks-and-retries.md).
 *
 * <p>Only the digits {@code 0-9a-z} are used, which sort the same in Java, H2 and any MariaDB collation; a rank
 * never ends in {@code 0} (that would equal the shorter rank and leave no room before it).
 */
public final class Ranks {

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();

    /** Longer than this and the list is re-spread (rare: only after hundreds of moves into the same gap). */
    public static final int MAX_LENGTH = 100;

    private Ranks() {
    }

    /**
     * A rank strictly between {@code before} and {@code after}; null {@code before} means the start of the list, null
     * {@code after} its end.
     *
     * @throws IllegalArgumentException when {@code before} is not below {@code after} (two equal ranks: the caller
     *         re-spreads the list with {@link #spread})
     */
    public static String between(@Nullable String before, @Nullable String after) {
        String a = before == null ? "" : before;
        if (after != null && a.compareTo(after) >= 0) {
            throw new IllegalArgumentException("No rank between " + before + " and " + after);
        }
        String mid = midpoint(a, after);
        if (mid.compareTo(a) <= 0 || after != null && mid.compareTo(after) >= 0 || mid.endsWith("0")) {
            throw new IllegalArgumentException("No rank between " + before + " and " + after);
        }
        return mid;
    }

    /** The rank after the last of a list ({@code last} null: the first rank of an empty list). */
    public static String after(@Nullable String last) {
        return between(last, null);
    }

    /** {@code count} ranks spread evenly, short and with room between and around them (seeding, re-spreading). */
    public static List<String> spread(int count) {
        int width = 1;
        long span = BASE;
        while (span < 2L * (count + 1)) {
            width++;
            span *= BASE;
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            long value = span * i / (count + 1);
            StringBuilder s = new StringBuilder();
            for (int d = 0; d < width; d++) {
                s.insert(0, DIGITS.charAt((int) (value % BASE)));
                value /= BASE;
            }
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == '0') {
                end--;
            }
            out.add(s.substring(0, end));
        }
        return out;
    }

    /** Whether {@code rank} is a well-formed rank: digits 0-9a-z, not empty, not ending in 0, not too long. */
    public static boolean usable(@Nullable String rank) {
        return rank != null && !rank.isEmpty() && rank.length() <= MAX_LENGTH && !rank.endsWith("0")
                && rank.chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    }

    // After the fractional-indexing midpoint (D. Greenspan): strip the common prefix, then pick a digit between the
    // first differing digits, or descend one digit when they are neighbours. Appending steps one digit up and
    // prepending one digit down, so a list built by appends stays short.
    private static String midpoint(String a, @Nullable String b) {
        if (b != null) {
            int n = 0;
            while (n < b.length() && digitAt(a, n) == b.charAt(n)) {
                n++;
            }
            if (n > 0) {
                if (n == b.length()) {
                    throw new IllegalArgumentException("No rank between " + a + " and " + b);
                }
                return b.substring(0, n) + midpoint(a.length() > n ? a.substring(n) : "", b.substring(n));
            }
        }
        int da = a.isEmpty() ? 0 : DIGITS.indexOf(a.charAt(0));
        int db = b == null ? BASE : DIGITS.indexOf(b.charAt(0));
        if (db - da > 1) {
            if (b == null && !a.isEmpty()) {
                return String.valueOf(DIGITS.charAt(da + 1));
            }
            if (a.isEmpty() && b != null) {
                return String.valueOf(DIGITS.charAt(db - 1));
            }
            return String.valueOf(DIGITS.charAt((da + db + 1) / 2));
        }
        if (b != null && b.length() > 1) {
            return b.substring(0, 1);
        }
        return DIGITS.charAt(da) + midpoint(a.length() > 1 ? a.substring(1) : "", null);
    }

    private static char digitAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : '0';
    }
}
