package kr.silheomjang.search;

import java.util.List;
import java.util.Map;

/**
 * The results of one query, grouped by kind in {@link SearchKind} order; only kinds with hits appear.
 *
 * @param words  the words searched for (what the highlighting marks)
 * @param totals per kind, how many results exist (the groups hold at most {@link SearchService#PER_KIND})
 */
public record SearchResults(String query, List<String> words, Map<SearchKind, List<SearchHit>> groups,
        Map<SearchKind, Integer> totals) {

    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), Map.of(), Map.of());
    }

    public int total() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<SearchHit> hits(SearchKind kind) {
        return groups.getOrDefault(kind, List.of());
    }
}
