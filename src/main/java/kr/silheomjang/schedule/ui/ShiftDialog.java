package kr.silheomjang.schedule.ui;

import java.time.temporal.ChronoUnit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.ShiftPreview;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Messages;

/** Shows what shifting the relative events would change, before anything changes. */
class ShiftDialog extends Dialog {

    final Grid<ShiftPreview.Change> grid = new Grid<>();
    /** What else was on the old event day (the staff roster's lines) and moves with the events. */
    final Grid<ShiftPreview.Line> lines = new Grid<>();
    final Button apply = new Button();
    final Button keep = new Button();

    ShiftDialog(BackwardPlanningService schedule, long experimentId, ShiftPreview preview, Runnable afterChange) {
        setId("shift-dialog");
        setHeaderTitle(getTranslation("schedule.shift.title"));
        setWidth("min(40rem, 100vw)");
        long days = ChronoUnit.DAYS.between(preview.from(), preview.to());
        add(new Paragraph(banner(this, getLocale(), preview)));
        grid.setId("shift-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ShiftPreview.Change::title).setHeader(getTranslation("schedule.template.step")).setFlexGrow(1);
        grid.addColumn(c -> Formats.date(c.oldStart(), getLocale())).setHeader(getTranslation("schedule.shift.oldDate"))
                .setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.newStart(), getLocale())).setHeader(getTranslation("schedule.shift.newDate"))
                .setAutoWidth(true);
        grid.setItems(preview.changes());
        grid.setAllRowsVisible(true);
        grid.setVisible(!preview.changes().isEmpty());
        add(grid);
        lines.setId("shift-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        // All of them are on the old event day and go to the new one (the banner says both dates): one column,
        // wrapped, so a phone shows the whole line instead of cutting it off.
        lines.addComponentColumn(l -> {
            Span text = new Span(getTranslation(l.groupKey()) + ": " + l.title());
            text.addClassName("schedule-shift-line");
            return text;
        }).setHeader(getTranslation("schedule.shift.onEventDay")).setFlexGrow(1);
        lines.setItems(preview.lines());
        lines.setAllRowsVisible(true);
        lines.setVisible(!preview.lines().isEmpty());
        add(lines);
        apply.setText(getTranslation("schedule.shift.apply", (days > 0 ? "+" : "") + days));
        apply.setId("shift-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            Actions.on(this).call(() -> schedule.applyShift(experimentId, preview.from(), preview.to()))
                    .ifPresent(moved -> Messages.showSuccess(preview.lines().isEmpty()
                            ? getTranslation("schedule.shift.applied", moved)
                            : getTranslation("schedule.shift.appliedLines", moved, preview.lines().size())));
            close();
            afterChange.run();
        });
        keep.setText(getTranslation("schedule.shift.keep"));
        keep.setId("shift-keep");
        keep.addClickListener(e -> {
            schedule.dismissShift(experimentId, preview.to());
            close();
            afterChange.run();
        });
        Button cancel = new Button(getTranslation("schedule.cancel"), e -> close());
        getFooter().add(cancel, keep, apply);
    }

    /** The question, naming the events and the roster lines that would move (either may be none). */
    static String banner(com.vaadin.flow.component.Component c, java.util.Locale locale, ShiftPreview preview) {
        String from = Formats.date(preview.from(), locale);
        String to = Formats.date(preview.to(), locale);
        if (preview.lines().isEmpty()) {
            return c.getTranslation("schedule.shift.banner", from, to, preview.changes().size());
        }
        return preview.changes().isEmpty()
                ? c.getTranslation("schedule.shift.bannerLines", from, to, preview.lines().size())
                : c.getTranslation("schedule.shift.bannerBoth", from, to, preview.changes().size(),
                        preview.lines().size());
    }
}
