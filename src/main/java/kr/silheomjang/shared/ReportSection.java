package kr.silheomjang.shared;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.collab.LiveKind;

/**
 * A part that a feature contributes to the hand-off report (결과 보고서), without the report depending on that feature:
 * e.g. a future budget module's 예산 · 결산 summary. Like {@link OverviewSummary}: implementations are Spring beans that
 * check the caller's access themselves; the report shows a section only when it has lines, so a feature without data
 * for an experiment adds nothing.
 */
public interface ReportSection {

    /** Position among the contributed sections (lower first); they follow the report's own parts, before its links. */
    int order();

    /** Message key of the section's heading. */
    String titleKey();

    /** The live-update kinds that change what this section shows; the report page listens to them. */
    Set<? extends LiveKind> liveKinds();

    /** What to print; an empty list leaves the section out. Kept short: the report is one A4 page. */
    List<Line> lines(long experimentId);

    /**
     * @param label user text or a short heading (e.g. "승인 예산")
     * @param value user text beside it (e.g. "1,200,000원"), or null
     * @param href  an absolute address printed as a link (e.g. a public page), or null
     */
    record Line(String label, @Nullable String value, @Nullable String href) {
    }
}
