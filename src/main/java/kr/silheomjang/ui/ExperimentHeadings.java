package kr.silheomjang.ui;

/**
 * What the header of every experiment page shows, provided by the experiment module (the shell knows no feature).
 * Refuses like any read: a non-member gets {@code AccessDeniedException}, whether the experiment exists or not.
 */
public interface ExperimentHeadings {

    Heading heading(long experimentId);

    /**
     * The caller's role in the experiment, by name: a page read for another role is made again (what guests may see of
     * people is the pages' own business; they hear it change). Refuses like {@link #heading}.
     */
    String roleOf(long experimentId);

    /**
     * @param stageKey   message key of the current stage's name
     * @param stageIndex 0 for the first stage
     * @param dday       the countdown label, e.g. "D-45"
     */
    record Heading(long experimentId, String title, String stageKey, int stageIndex, int stageCount, String dday,
            boolean archived) {
    }
}
