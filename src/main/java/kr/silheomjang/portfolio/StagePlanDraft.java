package kr.silheomjang.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The planned start of each stage the owner may set; null means "derived from the event day" (the guide's backward
 * plan). The run day (진행) always starts on the event day, which the experiment form edits.
 */
public record StagePlanDraft(@Nullable LocalDate topicSelection, @Nullable LocalDate planning,
        @Nullable LocalDate preparation, @Nullable LocalDate followUp) {

    public static final StagePlanDraft EMPTY = new StagePlanDraft(null, null, null, null);
}
