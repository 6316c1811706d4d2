package kr.silheomjang.topic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One planner's note and score on one screening question of a candidate. */
public record ScreeningEntryView(ScreeningQuestion question, long userId, String userName, @Nullable String note,
        @Nullable Integer score, long version, Instant updatedAt) {
}
