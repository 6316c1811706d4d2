package kr.silheomjang.experiment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an experiment's stage history, read from the activity feed: a move from one stage to another, or (both
 * stages null) the experiment's creation. Features that show when stages were actually reached (the portfolio
 * timeline) derive it from these, so there is one record of what happened, not two that can disagree.
 */
public record StageMove(long experimentId, @Nullable Stage from, @Nullable Stage to, Instant at) {

    public boolean creation() {
        return from == null && to == null;
    }
}
