package kr.silheomjang.ui;

/**
 * What the header of every experiment page shows, provided by the experiment module (the shell knows no feature).
 * Refuses like any read: a non-member gets {@code AccessDeniedException}, whether the experiment exists or not.
 */
public interface ExperimentHeadings {

    Heading heading(long experimentId);

    /**
     * @param stageKey   message key of the current stage's name
     * @param stageIndex 0 for the first stage
     * @param dday       the countdown label, e.g. "D-45"
     */
    record Heading(long experimentId, String title, String stageKey, int stageIndex, int stageCount, String dday,
            boolean archived) {
    }
}
