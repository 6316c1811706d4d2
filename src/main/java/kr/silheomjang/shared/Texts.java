package kr.silheomjang.shared;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Text as a person sees it. A value made only of characters that print nothing (spaces of every width, NBSP,
 * zero-width spaces and joiners, the Hangul fillers, byte-order marks, control characters) is empty: Java's
 * {@code isBlank} misses most of them, so a required answer of one zero-width space would otherwise pass.
 */
public final class Texts {

    private Texts() {
    }

    /**
     * The language a text written for a person (a download, a starting text stored for the team) is written in:
     * English when asked for, Korean otherwise and when nobody asked (jobs, seeders). Same rule as the UI's.
     */
    public static java.util.Locale language(java.util.@org.jspecify.annotations.Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? java.util.Locale.ENGLISH : java.util.Locale.KOREAN;
    }

    /** True for null, empty, or nothing but invisible characters. */
    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!invisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Removes invisible characters at both ends; null stays null. Inner ones are kept (they may join Hangul). */
    public static String strip(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && invisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && invisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@link #strip}, and null when nothing visible is left. */
    public static String stripToNull(String s) {
        String v = strip(s);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A code point that shows nothing on its own. */
    public static boolean invisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT -> true;
            default -> switch (cp) {
                // Hangul fillers, combining grapheme joiner, Braille blank, Mongolian vowel separator.
                case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x2800, 0x180E -> true;
                default -> false;
            };
        };
    }

    /**
     * The text cut to at most {@code max} characters (UTF-16 units, as the columns count them), ending in "…" where it
     * was cut and never in half a surrogate pair; null stays null.
     */
    public static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "\u2026";
    }

    /** An absolute http(s) address with a host, at most 500 characters (links people paste into forms). */
    public static boolean isWebAddress(String url) {
        if (url.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * User text as HTML or XHTML text or attribute value: escaped, without what XML 1.0 cannot carry at all (control
     * characters other than tab and line breaks, lone surrogates, U+FFFE/FFFF), which would otherwise break a PDF.
     */
    public static String escapeMarkup(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
