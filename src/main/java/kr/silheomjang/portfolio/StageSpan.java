package kr.silheomjang.portfolio;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.experiment.Stage;

/**
 * One stage of one experiment on the timeline. Planned: from {@code plannedStart} to {@code plannedEnd} (inclusive),
 * {@code plannedDerived} when the owner set no date and the guide's backward plan gave it. Actual: from the day the
 * experiment entered the stage to the day it left it ({@code actualEnd} null while it is still in it); both null when
 * the stage was never reached (or skipped, or undone by moving back).
 */
public record StageSpan(Stage stage, LocalDate plannedStart, LocalDate plannedEnd, boolean plannedDerived,
        @Nullable LocalDate actualStart, @Nullable LocalDate actualEnd) {

    public boolean reached() {
        return actualStart != null;
    }
}
