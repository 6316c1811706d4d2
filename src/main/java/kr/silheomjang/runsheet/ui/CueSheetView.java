package kr.silheomjang.runsheet.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueSheet;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.RunsheetLive;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.ExperimentPageSupport;
import kr.silheomjang.ui.Formats;

/**
 * The 큐시트 of the run day: segments in order with times that follow from the day's start and the durations before.
 * Editors add, edit (a {@link CueDialog}), move up or down and set the day's start; every co-planner's sheet follows
 * live, and only rows whose content or times changed are redrawn.
 */
@Route("experiments/:experimentId/cuesheet")
@PermitAll
@StyleSheet("css/runsheet.css")
public class CueSheetView extends ExperimentPage {

    private final CueSheetService service;
    final Paragraph summary = new Paragraph();
    final TimePicker dayStart = new TimePicker();
    private final kr.silheomjang.ui.TypedOver dayStartTyped = new kr.silheomjang.ui.TypedOver();
    final Button saveStart = new Button();
    final Button add = new Button();
    final Button useProgram = new Button();
    final Grid<CueRow> grid = new Grid<>();
    /** Content, materials and notes: long words that a phone's width squeezed to a few letters a line. */
    private final List<Grid.Column<CueRow>> wordy = new java.util.ArrayList<>();
    final HorizontalLayout links = new HorizontalLayout();
    private final Map<Long, CueRow> shown = new HashMap<>();
    private List<CueRow> order = List.of();
    CueSheet sheet;
    CueDialog dialog;

    public CueSheetView(ExperimentPageSupport support, CueSheetService service) {
        // EXPERIMENT: the event day heads the sheet; STAFF: the roster the leads are picked from.
        super(support, "runsheet.nav", "cuesheet", RunsheetLive.CUES, WorkspaceLive.EXPERIMENT, PeopleLive.STAFF);
        this.service = service;
        addClassName("cuesheet-view");
        kr.silheomjang.ui.WindowWidth.follow(this, this::fitTo);
        summary.setId("cue-summary");
        summary.addClassName("cue-summary");
        dayStart.setId("cue-day-start");
        dayStart.setLabel(getTranslation("runsheet.dayStart"));
        dayStart.setStep(java.time.Duration.ofMinutes(5));
        Formats.localize(dayStart, getLocale());
        saveStart.setText(getTranslation("runsheet.dayStart.save"));
        saveStart.setId("cue-day-start-save");
        // A start time being chosen stays through co-planners' cue edits (each reloads the sheet) and is saved over
        // the version it was chosen over: another start time saved meanwhile is a conflict, not overwritten.
        dayStart.addValueChangeListener(e -> dayStartTyped.changed(e.isFromClient(), sheet.version()));
        saveStart.addClickListener(e -> {
            long basedOn = dayStartTyped.basedOn(sheet.version());
            // Saved, refused (no time) or told of the other save: the picker then shows what is stored.
            dayStartTyped.done();
            run(() -> service.setDayStart(experimentId(), basedOn, dayStart.getValue()));
        });
        add.setText(getTranslation("runsheet.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("cue-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openDialog(null));
        useProgram.setText(getTranslation("runsheet.useProgram"));
        useProgram.setId("cue-use-program");
        useProgram.addClickListener(e -> run(() -> service.applyDefaultProgram(experimentId())));
        HorizontalLayout tools = new HorizontalLayout(dayStart, saveStart, add, useProgram);
        tools.setAlignItems(FlexComponent.Alignment.END);
        tools.setWrap(true);
        links.setWrap(true);
        links.addClassName("cue-links");

        grid.setId("cue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CueRow::number).setHeader("#").setWidth("3rem").setFlexGrow(0);
        grid.addColumn(CueRow::span).setHeader(getTranslation("runsheet.time")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> "cue-time");
        grid.addColumn(r -> getTranslation("runsheet.minutes.value", r.minutes()))
                .setHeader(getTranslation("runsheet.minutes")).setAutoWidth(true).setFlexGrow(0);
        // What is left of the width goes to the wordy columns alone; the others take their content's width, in either
        // language. On a 1280 px desktop the wordy ones had about 100 px each and a segment's notes ran ten lines.
        wordy.add(grid.addColumn(CueRow::content).setHeader(getTranslation("runsheet.content")).setFlexGrow(2));
        grid.addColumn(r -> nz(r.lead())).setHeader(getTranslation("runsheet.lead")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> nz(r.place())).setHeader(getTranslation("runsheet.place")).setAutoWidth(true)
                .setFlexGrow(0);
        wordy.add(grid.addColumn(r -> nz(r.materials())).setHeader(getTranslation("runsheet.materials"))
                .setFlexGrow(2));
        wordy.add(grid.addColumn(r -> nz(r.notes())).setHeader(getTranslation("runsheet.notes")).setFlexGrow(3));
        grid.addColumn(r -> getTranslation(r.state().messageKey())).setHeader(getTranslation("runsheet.state"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowTools).setHeader(getTranslation("runsheet.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("runsheet.empty"));
        grid.setItems(new ListDataProvider<>(new java.util.ArrayList<>()));
        add(summary, tools, links, grid);
    }

    private HorizontalLayout rowTools(CueRow r) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        if (sheet == null || !sheet.editor()) {
            return box;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(r));
        edit.setAriaLabel(getTranslation("runsheet.edit.named", r.content()));
        edit.addClassName("cue-edit");
        Button up = new Button(VaadinIcon.ARROW_UP.create(),
                e -> run(() -> service.move(experimentId(), r.id(), r.version(), r.number() - 2)));
        up.setAriaLabel(getTranslation("runsheet.up", r.content()));
        up.setEnabled(r.number() > 1);
        up.addClassName("cue-up");
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(),
                e -> run(() -> service.move(experimentId(), r.id(), r.version(), r.number())));
        down.setAriaLabel(getTranslation("runsheet.down", r.content()));
        down.setEnabled(r.number() < order.size());
        down.addClassName("cue-down");
        for (Button b : List.of(edit, up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        }
        box.add(edit, up, down);
        return box;
    }

    @Override
    protected void load(long experimentId) {
        sheet = service.sheet(experimentId);
        boolean editor = sheet.editor();
        if (!dayStartTyped.typing()) {
            dayStart.setValue(sheet.dayStart());
        }
        dayStart.setReadOnly(!editor);
        saveStart.setVisible(editor);
        add.setVisible(editor);
        useProgram.setVisible(editor && sheet.cues().isEmpty());
        summary.setText(sheet.day() == null ? getTranslation("runsheet.summary.noDay")
                : getTranslation("runsheet.summary", Formats.date(sheet.day(), getLocale()), sheet.dayStart(),
                        sheet.endLabel(), sheet.totalMinutes(), sheet.cues().size()));
        links.removeAll();
        String base = "experiments/" + experimentId + "/cuesheet/";
        links.add(link(base + "print", "runsheet.print.sheet", "cue-print-link"),
                link(base + "print/staff", "runsheet.print.staff", "cue-staff-print-link"),
                link("experiments/" + experimentId + "/today", "runsheet.today.open", "cue-today-link"));
        show(sheet.cues());
        if (dialog != null && dialog.isOpened()) {
            dialog.refresh(sheet);
        }
    }

    private Anchor link(String href, String key, String id) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setId(id);
        return a;
    }

    /** Same segments in the same order: redraw only the rows that changed (content, times, marks). */
    private void show(List<CueRow> rows) {
        @SuppressWarnings("unchecked")
        ListDataProvider<CueRow> data = (ListDataProvider<CueRow>) grid.getDataProvider();
        boolean sameOrder = rows.stream().map(CueRow::id).toList().equals(order.stream().map(CueRow::id).toList());
        order = rows;
        if (!sameOrder) {
            data.getItems().clear();
            data.getItems().addAll(rows);
            data.refreshAll();
        } else {
            List<CueRow> items = (List<CueRow>) data.getItems();
            for (int i = 0; i < rows.size(); i++) {
                CueRow now = rows.get(i);
                if (!sameContent(shown.get(now.id()), now)) {
                    items.set(i, now);
                    data.refreshItem(now);
                }
            }
        }
        shown.clear();
        rows.forEach(r -> shown.put(r.id(), r));
    }

    /** Records compare by id; a row is redrawn when any shown value differs. */
    static boolean sameContent(CueRow a, CueRow b) {
        return a != null && a.version() == b.version() && a.start().equals(b.start()) && a.number() == b.number()
                && Objects.equals(a.state(), b.state());
    }

    @Override
    protected void onLive(Set<LiveUpdate> updates) {
        load(experimentId());
    }

    void openDialog(CueRow row) {
        dialog = new CueDialog(this, service, experimentId(), sheet, row, this::reloadAfterSave);
        dialog.open();
    }

    private void reloadAfterSave() {
        load(experimentId());
    }

    /** The rows shown now, in order (for tests). */
    List<CueRow> shownRows() {
        return order;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * On a phone the wordy columns get a width to start from, and the sheet scrolls sideways: squeezed to the screen,
     * a segment's name broke after every two letters and its row grew a screen tall. The desktop layout is unchanged.
     */
    void fitTo(int width) {
        boolean narrow = width < 700;
        // Content, materials, notes; 100px: the width a column has by default, as before on a desktop.
        String[] phone = {"12rem", "10rem", "14rem"};
        for (int i = 0; i < wordy.size(); i++) {
            wordy.get(i).setWidth(narrow ? phone[i] : "100px");
        }
    }
}
