package kr.silheomjang.experiment.ui;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.shared.OverviewSummary;

/** The overview's blocks that other features contribute through {@link OverviewSummary} (e.g. verdicts). */
class OverviewSummaryBlocks extends Div {

    private final List<OverviewSummary> summaries;

    OverviewSummaryBlocks(List<OverviewSummary> summaries) {
        this.summaries = summaries.stream().sorted(Comparator.comparingInt(OverviewSummary::order)).toList();
        setId("overview-summaries");
        setWidthFull();
    }

    /** What the blocks show now, per block in order (empty: not shown), to leave them alone when nothing changed. */
    private List<List<OverviewSummary.Line>> shown;

    /** Re-reads every block; a block the reader may not see (a guest) is left out. Redraws only on a change. */
    void show(long experimentId) {
        List<List<OverviewSummary.Line>> now = new java.util.ArrayList<>();
        for (OverviewSummary s : summaries) {
            try {
                now.add(s.lines(experimentId));
            } catch (AccessDeniedException e) {
                now.add(List.of());
            }
        }
        if (now.equals(shown)) {
            return;
        }
        shown = now;
        removeAll();
        for (int i = 0; i < summaries.size(); i++) {
            OverviewSummary s = summaries.get(i);
            List<OverviewSummary.Line> lines = now.get(i);
            if (lines.isEmpty()) {
                continue;
            }
            Div block = ExperimentOverviewView.card(new H3(getTranslation(s.titleKey())));
            block.addClassName("overview-summary");
            // Inline styles: the block belongs to no feature's stylesheet and must not depend on one being loaded.
            for (OverviewSummary.Line line : lines) {
                block.add(line(line));
            }
            add(block);
        }
    }

    private Div line(OverviewSummary.Line line) {
        HtmlContainer label = line.href() == null ? new Span(line.label()) : new Anchor(line.href(), line.label());
        label.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
        Div row = new Div(label);
        row.addClassName("overview-summary-line");
        row.getStyle().set("padding", "var(--lumo-space-xs) 0")
                .set("border-top", "1px solid var(--lumo-contrast-10pct)");
        if (line.valueKey() != null) {
            Span value = new Span(getTranslation(line.valueKey()));
            value.getStyle().set("display", "inline-block").set("border-radius", "1em")
                    .set("padding", "0 0.7em").set("background", "var(--lumo-contrast-10pct)")
                    .set("font-size", "var(--lumo-font-size-s)");
            row.add(value);
        }
        if (line.detail() != null) {
            Paragraph detail = new Paragraph(line.detail());
            detail.addClassName("help-text");
            detail.getStyle().set("margin", "var(--lumo-space-xs) 0 0").set("white-space", "pre-wrap");
            row.add(detail);
        }
        return row;
    }
}
