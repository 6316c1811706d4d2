package kr.silheomjang.shared;

import java.util.List;
import java.util.Set;

import kr.silheomjang.collab.LiveKind;

/**
 * A small read-only block that a feature contributes to the experiment overview (e.g. the verdicts per question),
 * without the overview depending on that feature. Implementations are Spring beans; they check the caller's access
 * themselves and refuse like any read the caller may not make.
 */
public interface OverviewSummary {

    /** Position among the blocks (lower first). */
    int order();

    /** Message key of the block's heading. */
    String titleKey();

    /** The live-update kinds that change what this block shows; the overview listens to them. */
    Set<? extends LiveKind> liveKinds();

    /** What to show; an empty list hides the block. */
    List<Line> lines(long experimentId);

    /**
     * @param label    user text (e.g. the question)
     * @param valueKey message key of a short status (e.g. the verdict), or null
     * @param detail   user text under it (e.g. the evidence), or null
     * @param href     where the label links to, relative to the app root (e.g. the screening record), or null
     */
    record Line(String label, String valueKey, String detail, String href) {

        public Line(String label, String valueKey, String detail) {
            this(label, valueKey, detail, null);
        }
    }
}
