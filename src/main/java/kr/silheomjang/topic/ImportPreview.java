package kr.silheomjang.topic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an import would do, before anything is saved: the file's columns (nested keys flattened with {@code /}), the
 * column chosen for each field (suggested for Decidim's export, or as the user mapped them), the first rows as
 * candidates, the problems per line (the import refuses while there are any), how many candidates would be new or
 * updated (same source and external id), and the ones kept as they are because a planner edited them by hand.
 */
public record ImportPreview(List<String> columns, Map<ImportField, String> mapping, List<CandidateDraft> sample,
        List<Problem> problems, int rows, int created, int updated, List<Kept> kept) {

    /** A line of the file (the header is line 1; a JSON file's first proposal is line 1) and what is wrong. */
    public record Problem(int line, List<String> messageKeys) {
    }

    /** A candidate the file would update but a planner edited by hand since it was imported: left as it is. */
    public record Kept(String externalId, String title, String editedBy, Instant editedAt) {
    }
}
