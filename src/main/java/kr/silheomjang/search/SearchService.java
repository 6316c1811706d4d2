package kr.silheomjang.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.search.internal.SearchIndex;
import kr.silheomjang.search.internal.SearchIndexer;
import kr.silheomjang.security.CurrentUser;

/**
 * Search across everything the caller may open. The index answers only within the experiments the caller belongs to
 * (read from the database on every search, so a removed member finds nothing at once); partner guests' results are
 * narrowed in the query to what guests see (public archive items, events they attend) and re-checked against the
 * database; proposals only for accounts that may use the proposal pool.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SearchService {

    /** The most results each group shows. */
    public static final int PER_KIND = 10;
    static final int MAX_QUERY = 100;
    static final int MAX_WORDS = 8;
    static final int SNIPPET = 140;

    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final SearchIndexer indexer;

    SearchService(ExperimentAccess access, CurrentUser currentUser, SearchIndexer indexer) {
        this.access = access;
        this.currentUser = currentUser;
        this.indexer = indexer;
    }

    @Transactional(readOnly = true)
    public SearchResults search(@Nullable String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        List<String> words = words(q);
        if (words.isEmpty()) {
            return SearchResults.empty(q);
        }
        long me = currentUser.require().id();
        Set<Long> full = new HashSet<>();
        Set<Long> guest = new HashSet<>();
        access.myRoles().forEach((experimentId, role) -> (role.canEdit() ? full : guest).add(experimentId));
        boolean pool = access.mayStartExperiments();
        Map<SearchKind, SearchIndex.Page> pages = indexer.index()
                .search(words, new SearchIndex.Access(full, guest, me, pool), PER_KIND);

        Map<SearchKind, List<SearchHit>> groups = new LinkedHashMap<>();
        Map<SearchKind, Integer> totals = new EnumMap<>(SearchKind.class);
        for (var entry : pages.entrySet()) {
            SearchKind kind = entry.getKey();
            List<SearchIndex.Found> found = recheck(kind, entry.getValue().hits(), guest, me);
            int dropped = entry.getValue().hits().size() - found.size();
            if (found.isEmpty()) {
                continue;
            }
            groups.put(kind, found.stream().map(f -> hit(f, words)).toList());
            totals.put(kind, Math.max(found.size(), entry.getValue().total() - dropped));
        }
        return new SearchResults(q, words, groups, totals);
    }

    /**
     * The index may lag the database by a moment: what guests see less of (events, archive items) is checked again
     * for guests, and a participant whose data was erased is never shown to anyone.
     */
    private List<SearchIndex.Found> recheck(SearchKind kind, List<SearchIndex.Found> hits, Set<Long> guestOf,
            long me) {
        List<Long> toCheck = new ArrayList<>();
        for (SearchIndex.Found f : hits) {
            boolean guestKind = (kind == SearchKind.EVENT || kind == SearchKind.ARCHIVE)
                    && guestOf.contains(f.experimentId());
            if (guestKind || kind == SearchKind.PARTICIPANT) {
                toCheck.add(f.id());
            }
        }
        if (toCheck.isEmpty()) {
            return hits;
        }
        Set<Long> still = indexer.stillVisibleToGuest(kind, toCheck, me);
        return hits.stream().filter(f -> !toCheck.contains(f.id()) || still.contains(f.id())).toList();
    }

    private SearchHit hit(SearchIndex.Found f, List<String> words) {
        String context = switch (f.kind()) {
            case PROPOSAL, EXPERIMENT -> "";
            case SURVEY_ANSWER -> indexer.title(f.experimentId()) + " · " + f.label();
            default -> indexer.title(f.experimentId());
        };
        Highlighted title = Highlighted.of(f.kind() == SearchKind.SURVEY_ANSWER
                ? Highlighted.snippet(f.title(), words, SNIPPET).text() : f.title(), words);
        return new SearchHit(f.kind(), f.id(), f.experimentId(), title, Highlighted.snippet(f.body(), words, SNIPPET),
                context, link(f));
    }

    /** The exact place of a result inside the app (a path without the leading slash). */
    static String link(SearchIndex.Found f) {
        long e = f.experimentId();
        return switch (f.kind()) {
            case EXPERIMENT -> "experiments/" + e;
            case PROPOSAL -> "topics/" + f.id();
            case CARD -> "experiments/" + e + "/board?card=" + f.id();
            case EVENT -> "experiments/" + e + "/schedule?event=" + f.id();
            case PARTICIPANT -> "experiments/" + e + "/people?participant=" + f.id();
            case SURVEY_ANSWER -> "experiments/" + e + "/surveys/" + f.target() + "/results?answer=" + f.id();
            case ARCHIVE -> "experiments/" + e + "/followup/archive?item=" + f.id();
        };
    }

    /** The distinct words of a query, at most {@link #MAX_WORDS}. */
    static List<String> words(String q) {
        return Arrays.stream(q.split("\\s+")).filter(w -> !w.isBlank()).distinct().limit(MAX_WORDS).toList();
    }
}
