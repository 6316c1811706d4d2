package kr.silheomjang.topic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything the detail page shows of one candidate: the proposal as saved, its status and suitability checks, every
 * planner's screening notes and scores with the average per question, the agency log and the decisions (newest
 * first), and the experiment made from it, if any.
 */
public record CandidateDetails(long id, long version, CandidateDraft draft, @Nullable String externalId,
        CandidateStatus status, Set<SuitabilityCheck> checks, List<ScreeningEntryView> screening,
        Map<ScreeningQuestion, Double> averages, List<AgencyResponseView> agencyLog, List<DecisionView> decisions,
        @Nullable Long experimentId, Instant updatedAt, String updatedByName) {

    public List<ScreeningEntryView> screening(ScreeningQuestion q) {
        return screening.stream().filter(e -> e.question() == q).toList();
    }

    public @Nullable ScreeningEntryView entryOf(ScreeningQuestion q, long userId) {
        return screening.stream().filter(e -> e.question() == q && e.userId() == userId).findFirst().orElse(null);
    }
}
