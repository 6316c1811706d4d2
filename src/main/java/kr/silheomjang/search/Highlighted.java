package kr.silheomjang.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into plain parts and matching parts. Views render each part as text (a matching one inside
 * {@code <mark>}), never as HTML, so a title such as {@code <script>} shows as typed.
 */
public record Highlighted(List<Part> parts) {

    public record Part(String text, boolean match) {
    }

    public Highlighted {
        parts = List.copyOf(parts);
    }

    public static final Highlighted EMPTY = new Highlighted(List.of());

    public String text() {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The matching parts, e.g. ["야학"] for "일일야학" searched with "야학". */
    public List<String> matches() {
        return parts.stream().filter(Part::match).map(Part::text).toList();
    }

    /** Marks every occurrence of any word (case-insensitive), inside words too. */
    public static Highlighted of(String text, List<String> words) {
        boolean[] hit = marks(text, words);
        return split(text, hit, 0, text.length());
    }

    /**
     * At most {@code max} characters of the text around its first match (the start when nothing matches), with
     * "…" where it was cut.
     */
    public static Highlighted snippet(String text, List<String> words, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.isEmpty()) {
            return EMPTY;
        }
        boolean[] hit = marks(flat, words);
        int first = 0;
        while (first < hit.length && !hit[first]) {
            first++;
        }
        if (first == hit.length) {
            first = 0;
        }
        int start = Math.max(0, Math.min(first - max / 3, flat.length() - max));
        int end = Math.min(flat.length(), start + max);
        Highlighted inner = split(flat, hit, start, end);
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        parts.addAll(inner.parts());
        if (end < flat.length()) {
            parts.add(new Part("…", false));
        }
        return new Highlighted(parts);
    }

    private static boolean[] marks(String text, List<String> words) {
        boolean[] hit = new boolean[text.length()];
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.length() != w.length() || lower.length() != text.length()) {
                continue;
            }
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                for (int i = at; i < at + word.length(); i++) {
                    hit[i] = true;
                }
            }
        }
        return hit;
    }

    private static Highlighted split(String text, boolean[] hit, int start, int end) {
        List<Part> parts = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = i;
            while (j < end && hit[j] == hit[i]) {
                j++;
            }
            parts.add(new Part(text.substring(i, j), hit[i]));
            i = j;
        }
        return new Highlighted(parts);
    }
}
