package kr.silheomjang.topic;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One line of the pool's grid. */
public record CandidateRow(long id, String title, CandidateStatus status, String sourcePlatform,
        @Nullable String sourceUrl, @Nullable LocalDate submittedOn, boolean proposerKnown,
        @Nullable String proposerName, List<String> tags, @Nullable Long experimentId) {
}
