package kr.silheomjang.experiment;

import java.util.List;

/**
 * A row of the experiment list with its health: how many of the current stage's items are open, out of how many, and
 * the date flags.
 */
public record ExperimentHealth(ExperimentSummary summary, int openItems, int stageItems, List<StageFlag> flags) {
}
