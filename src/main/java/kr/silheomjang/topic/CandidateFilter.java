package kr.silheomjang.topic;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the pool's grid shows: statuses (empty = all), a search over title, body, tags and proposer, one tag, and the
 * order.
 */
public record CandidateFilter(Set<CandidateStatus> statuses, @Nullable String search, @Nullable String tag,
        Sort sort) {

    public enum Sort {
        NEWEST, OLDEST, TITLE, STATUS, UPDATED;

        public String messageKey() {
            return "topic.sort." + name();
        }
    }

    public CandidateFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static CandidateFilter all() {
        return new CandidateFilter(Set.of(), null, null, Sort.NEWEST);
    }
}
