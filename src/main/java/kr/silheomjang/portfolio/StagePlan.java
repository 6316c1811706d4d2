package kr.silheomjang.portfolio;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the planned-dates dialog shows: the owner's dates ({@code set}, nulls where none), the dates the backward plan
 * derives for the empty ones ({@code derived}), the event day, and who saved last (conflict messages).
 * {@code version} -1: never saved.
 */
public record StagePlan(long experimentId, long version, StagePlanDraft set, StagePlanDraft derived,
        LocalDate eventDate, @Nullable String updatedByName, @Nullable Instant updatedAt) {
}
