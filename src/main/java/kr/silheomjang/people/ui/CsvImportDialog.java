package kr.silheomjang.people.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.people.CsvConflict;
import kr.silheomjang.people.CsvImportPreview;
import kr.silheomjang.people.CsvProblem;
import kr.silheomjang.people.CsvUpdateCheck;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantCsvService;
import kr.silheomjang.people.ParticipantCsvService.ExistingRows;
import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.Formats;
import kr.silheomjang.ui.Uploads;

/**
 * CSV import: upload, preview (the rows with what each clears, or every problem by line in Korean; for people
 * already on the list, the rows that would write over a change made since the export), then save all or nothing.
 */
class CsvImportDialog extends Dialog {

    private final ParticipantCsvService service;
    private final long experimentId;
    private final Runnable imported;

    final Upload upload;
    final Div result = new Div();
    /** The encoding the file was read in (UTF-8, or CP949 from Korean Excel): never guessed silently. */
    final Div encoding = new Div();
    final UnorderedList problems = new UnorderedList();
    final Grid<ParticipantDraft> preview = new Grid<>();
    final Button save = new Button();
    final RadioButtonGroup<ExistingRows> onExisting = new RadioButtonGroup<>();
    /** Rows whose participant someone changed since the export, where the file differs: never written silently. */
    final Div conflictNote = new Div();
    final UnorderedList conflicts = new UnorderedList();
    /** How many updates the file cannot check against changes made since it was written (no change check). */
    final Paragraph unchecked = new Paragraph();
    byte[] file;
    /** The participants the preview found (id → version): an update refuses if any changed since. */
    Map<Long, Long> seen = Map.of();
    /** Each preview row's cleared fields, by the row itself (drafts of two rows may be equal). */
    private final Map<ParticipantDraft, Set<ParticipantField>> clears = new IdentityHashMap<>();

    CsvImportDialog(ParticipantCsvService service, long experimentId, Runnable imported) {
        this.service = service;
        this.experimentId = experimentId;
        this.imported = imported;
        setHeaderTitle(getTranslation("people.csv.import"));
        setId("csv-import-dialog");
        setWidth("min(60rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("people.csv.help"));
        help.addClassName("help-text");
        // Read within 5 MB on the server; a larger file the browser refuses is announced in Korean too.
        upload = Uploads.single(ParticipantCsvService.CSV_UPLOAD, "people.csv.pick", "people.csv.drop",
                f -> show(f.bytes()));
        upload.setId("csv-upload");
        problems.setId("csv-problems");
        problems.addClassName("csv-problems");
        preview.setId("csv-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.setHeight("16rem");
        preview.addColumn(ParticipantDraft::name).setHeader(getTranslation("people.field.name")).setAutoWidth(true);
        preview.addColumn(d -> d.phone() == null ? "" : d.phone()).setHeader(getTranslation("people.field.phone"));
        preview.addColumn(d -> d.email() == null ? "" : d.email()).setHeader(getTranslation("people.field.email"));
        preview.addColumn(d -> getTranslation(d.group().messageKey())).setHeader(getTranslation("people.field.group"));
        preview.addColumn(d -> getTranslation(d.status().messageKey()))
                .setHeader(getTranslation("people.field.status"));
        preview.addColumn(d -> getTranslation(d.photoConsent().messageKey()))
                .setHeader(getTranslation("people.field.photo"));
        preview.addColumn(this::clearedLabels).setHeader(getTranslation("people.csv.clears")).setKey("clears")
                .setAutoWidth(true);
        preview.setVisible(false);
        result.setId("csv-result");
        encoding.setId("csv-encoding");
        encoding.addClassName("help-text");
        save.setText(getTranslation("people.csv.save"));
        save.setId("save-import");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> saveAll());
        Button cancel = new Button(getTranslation("people.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        onExisting.setId("csv-existing");
        onExisting.setItems(ExistingRows.SKIP, ExistingRows.UPDATE);
        onExisting.setItemLabelGenerator(r -> getTranslation("people.csv.existing." + r.name()));
        onExisting.setVisible(false);
        conflictNote.setId("csv-conflicts");
        conflictNote.addClassName("csv-problems");
        conflictNote.setVisible(false);
        unchecked.setId("csv-unchecked");
        unchecked.addClassName("help-text");
        unchecked.setVisible(false);
        add(help, upload, result, encoding, onExisting, conflictNote, unchecked, problems, preview);
        getFooter().add(cancel, save);
    }

    /** Shows what the file would add, or why it cannot be added. */
    void show(byte[] bytes) {
        file = bytes;
        CsvImportPreview p = PeopleActions.call(this, () -> service.previewImport(experimentId, bytes), () -> { });
        problems.removeAll();
        clears.clear();
        showUpdateCheck(null);
        if (p == null) {
            return;
        }
        encoding.setText(p.encoding() == null ? ""
                : getTranslation("people.csv.encoding", getTranslation(p.encoding().messageKey())));
        if (p.ok()) {
            result.setText(getTranslation("people.csv.previewOk", p.rows().size()));
            result.setClassName("csv-ok");
            for (int i = 0; i < p.rows().size(); i++) {
                clears.put(p.rows().get(i), p.clears().get(i));
            }
            preview.setItems(p.rows());
            preview.setVisible(true);
            save.setEnabled(true);
            // Rows that are already participants (same phone or e-mail): update them or skip them, never twice.
            CsvUpdateCheck check = PeopleActions.call(this, () -> service.updateCheck(experimentId, bytes),
                    () -> { });
            seen = check == null ? Map.of() : check.seenVersions();
            int existing = seen.size();
            onExisting.setLabel(getTranslation("people.csv.existing", existing));
            // With changes made since the export, a plain update is not offered: skip those people or re-export.
            onExisting.setItems(check == null || check.conflicts().isEmpty()
                    ? List.of(ExistingRows.SKIP, ExistingRows.UPDATE)
                    : List.of(ExistingRows.SKIP, ExistingRows.UPDATE_EXCEPT_CHANGED));
            onExisting.setValue(ExistingRows.SKIP);
            onExisting.setVisible(existing > 0);
            showUpdateCheck(existing > 0 ? check : null);
        } else {
            result.setText(getTranslation("people.csv.previewBad", p.problems().size()));
            result.setClassName("csv-bad");
            showProblems(p.problems());
            preview.setVisible(false);
            save.setEnabled(false);
            onExisting.setVisible(false);
        }
    }

    /** The conflicts since the export, one line each naming who changed whom and when, and the unchecked rows. */
    private void showUpdateCheck(@Nullable CsvUpdateCheck check) {
        conflicts.removeAll();
        conflictNote.removeAll();
        boolean any = check != null && !check.conflicts().isEmpty();
        if (any) {
            conflictNote.add(new Paragraph(getTranslation("people.csv.conflicts", check.conflicts().size())),
                    conflicts);
            for (CsvConflict c : check.conflicts()) {
                conflicts.add(new ListItem(getTranslation("people.csv.conflict", c.line(),
                        StoredText.show(c.name(), this::getTranslation),
                        StoredText.show(c.changedBy(), this::getTranslation),
                        Formats.dateTime(c.changedAt(), getLocale()), String.join(", ", c.fields().stream()
                                .map(f -> getTranslation(f.labelKey())).toList()))));
            }
        }
        conflictNote.setVisible(any);
        unchecked.setText(check == null ? "" : getTranslation("people.csv.unchecked", check.unchecked()));
        unchecked.setVisible(check != null && check.unchecked() > 0);
    }

    /** The labels of the fields a row clears on update ("메모, 이메일"), or nothing. */
    private String clearedLabels(ParticipantDraft row) {
        return String.join(", ", clears.getOrDefault(row, Set.of()).stream()
                .map(f -> getTranslation(f.labelKey())).toList());
    }

    private void showProblems(List<CsvProblem> list) {
        int shown = 0;
        for (CsvProblem pr : list) {
            if (shown++ == 100) {
                problems.add(new ListItem(getTranslation("people.csv.more", list.size() - 100)));
                break;
            }
            String text = getTranslation(pr.messageKey(), pr.line(), pr.value());
            problems.add(new ListItem(pr.line() > 0 ? getTranslation("people.csv.line", pr.line(), text) : text));
        }
    }

    void saveAll() {
        ExistingRows mode = onExisting.isVisible() ? onExisting.getValue() : ExistingRows.SKIP;
        Map<Long, Long> versions = seen;
        // Someone changed a participant since the preview: say who and which, then preview again with their values
        // (the choice stays while the new preview still offers it).
        Integer n = Actions.on(this).conflictMessage("people.csv.changedSince").afterConflict(() -> {
            show(file);
            if (onExisting.getListDataView().contains(mode)) {
                onExisting.setValue(mode);
            }
        }).call(() -> service.importCsv(experimentId, file, mode, versions)).orElse(null);
        if (n != null) {
            kr.silheomjang.ui.Messages.showSuccess(getTranslation("people.csv.saved", n));
            close();
            imported.run();
        }
    }
}
