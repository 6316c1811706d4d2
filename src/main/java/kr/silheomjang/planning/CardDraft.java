package kr.silheomjang.planning;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The editable fields of a card, as the dialog sends them. */
public record CardDraft(String title, String description, String category, LocalDate due, Set<Long> assigneeIds,
        List<String> labels) {

    public CardDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        category = category == null ? "" : category.strip();
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
        labels = labels == null ? List.of() : distinctIgnoringCase(labels);
    }

    /**
     * The labels stripped, without blanks and without a repeat that differs only in case, accents or width (the first
     * spelling stays): card_label's key compares that way on MariaDB (utf8mb4_unicode_ci), so "SNS, sns" would
     * otherwise break every later save of the card.
     */
    private static List<String> distinctIgnoringCase(List<String> labels) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String label : labels) {
            String clean = label == null ? "" : label.strip();
            if (!clean.isEmpty()) {
                kept.putIfAbsent(sameLetters(clean), clean);
            }
        }
        return List.copyOf(kept.values());
    }

    /** The label as the database's collation compares it, near enough: case, accents and width left out. */
    private static String sameLetters(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    public static CardDraft of(CardDetails d) {
        return new CardDraft(d.title(), d.description(), d.category(), d.due(), d.assigneeIds(), d.labels());
    }
}
