package kr.silheomjang.runsheet;

import org.jspecify.annotations.Nullable;

/** What a planner types for one segment; the service checks and trims it. */
public record CueDraft(@Nullable String content, @Nullable Integer minutes, @Nullable String lead,
        @Nullable String place, @Nullable String materials, @Nullable String notes) {
}
