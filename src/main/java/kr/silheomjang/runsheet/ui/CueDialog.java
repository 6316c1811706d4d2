package kr.silheomjang.runsheet.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.runsheet.CueDraft;
import kr.silheomjang.runsheet.CueRow;
import kr.silheomjang.runsheet.CueSheet;
import kr.silheomjang.runsheet.CueSheetService;
import kr.silheomjang.runsheet.CueSheets;
import kr.silheomjang.ui.Actions;
import kr.silheomjang.ui.DeletedMeanwhile;
import kr.silheomjang.ui.DestructiveQuestion;
import kr.silheomjang.ui.ExperimentPage;
import kr.silheomjang.ui.KeepTyped;
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * Adds or edits one segment. Editing is a {@link LiveForm}: a co-planner's save reaches untouched fields; a field the
 * user is editing keeps their input, is marked with who changed it, and the save waits for their choice. The lead
 * picker follows the staff roster while the dialog is open, never changing what is picked.
 */
class CueDialog extends Dialog {

    private final CueSheetService service;
    private final long experimentId;
    private final @Nullable CueRow row;
    private final Runnable saved;
    final LiveForm<CueRow> form;
    final TextField content = new TextField();
    final IntegerField minutes = new IntegerField();
    final ComboBox<String> lead = new ComboBox<>();
    final TextField place = new TextField();
    final TextArea materials = new TextArea();
    final TextArea notes = new TextArea();
    final Button save = new Button();
    /** Says that someone deleted the segment while this dialog was open (hidden until then). */
    final Div gone = new Div();
    @Nullable Button remove;
    /** The lead picker's choices: the roster's names, and a picked name that is not (or no longer) on it. */
    private final List<String> leadChoices = new ArrayList<>();
    private final ListDataProvider<String> leadData = new ListDataProvider<>(leadChoices);
    private List<String> rosterNames = List.of();

    CueDialog(ExperimentPage page, CueSheetService service, long experimentId, CueSheet sheet, @Nullable CueRow row,
            Runnable saved) {
        this.service = service;
        this.experimentId = experimentId;
        this.row = row;
        this.saved = saved;
        setId("cue-dialog");
        setHeaderTitle(row == null ? getTranslation("runsheet.add")
                : getTranslation("runsheet.edit.title", row.number(), row.span()));
        content.setLabel(getTranslation("runsheet.content"));
        content.setId("cue-content");
        content.setRequiredIndicatorVisible(true);
        content.setMaxLength(200);
        minutes.setLabel(getTranslation("runsheet.minutes.label"));
        minutes.setId("cue-minutes");
        minutes.setMin(1);
        minutes.setMax(CueSheets.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        lead.setLabel(getTranslation("runsheet.lead"));
        lead.setId("cue-lead");
        // One list, changed in place as the roster changes: the items are never swapped under the value being picked.
        lead.setItems(leadData);
        lead.setClearButtonVisible(true);
        lead.addValueChangeListener(e -> showLeadChoices());
        showRoster(sheet.staffNames());
        place.setLabel(getTranslation("runsheet.place"));
        place.setId("cue-place");
        place.setMaxLength(100);
        materials.setLabel(getTranslation("runsheet.materials"));
        materials.setId("cue-materials");
        materials.setHelperText(getTranslation("runsheet.materials.help"));
        materials.setMaxLength(500);
        notes.setLabel(getTranslation("runsheet.notes"));
        notes.setId("cue-notes");
        notes.setMaxLength(1000);
        FormLayout layout = new FormLayout(content, minutes, lead, place, materials, notes);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(content, 2);
        layout.setColspan(materials, 2);
        layout.setColspan(notes, 2);
        gone.setId("cue-gone");
        gone.setVisible(false);
        add(gone, layout);
        form = LiveForm.<CueRow>of(this)
                .bind("content", content, CueRow::content)
                .bind("minutes", minutes, CueRow::minutes)
                .bind("lead", lead, CueRow::lead)
                .bind("place", place, r -> nz(r.place()))
                .bind("materials", materials, r -> nz(r.materials()))
                .bind("notes", notes, r -> nz(r.notes()));
        if (row != null) {
            form.presence(page.formPresence("cue:" + row.id())).load(row);
        } else {
            minutes.setValue(10);
        }
        save.setText(getTranslation("runsheet.save"));
        save.setId("cue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("runsheet.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (row != null) {
            remove = new Button(getTranslation("runsheet.remove"), e -> DestructiveQuestion.ask(this,
                    "runsheet.removeQuestion", "cue-remove-keep", () -> {
                        if (actions().run(() -> service.remove(experimentId, row.id(), form.latest().version()))) {
                            close();
                            saved.run();
                        }
                    }, row.number(), row.content()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("cue-remove");
            getFooter().add(remove);
        }
        getFooter().add(cancel, save);
        KeepTyped.guard(this, form);
    }

    private void save() {
        if (row != null && form.refusesSave((who, when) -> Messages.showError(
                form.conflictText("runsheet.conflict", who, when)))) {
            return;
        }
        CueDraft d = new CueDraft(content.getValue(), minutes.getValue(), lead.getValue(), place.getValue(),
                materials.getValue(), notes.getValue());
        boolean ok = actions().run(() -> {
            if (row == null) {
                service.add(experimentId, d);
            } else {
                service.update(experimentId, row.id(), form.latest().version(), d);
            }
        });
        if (ok) {
            close();
            saved.run();
        }
    }

    private Actions actions() {
        return Actions.on(this).conflictMessage("runsheet.conflict").afterConflict(() -> saved.run());
    }

    /**
     * The sheet was re-read: the lead picker offers the roster as it is now, and this segment's newer values reach the
     * form (never over what the user typed or picked).
     */
    void refresh(CueSheet sheet) {
        showRoster(sheet.staffNames());
        if (row == null) {
            return;
        }
        Optional<CueRow> latest = sheet.cue(row.id());
        if (latest.isEmpty()) {
            // Deleted meanwhile: the dialog stays with what was typed, to be copied; nothing left to save or remove.
            DeletedMeanwhile.show(gone, remove == null ? new Button[] {save} : new Button[] {save, remove});
            return;
        }
        latest.filter(r -> r.version() != form.latest().version())
                .ifPresent(r -> form.refresh(r, r.updatedByName(), r.updatedAt()));
    }

    private void showRoster(List<String> names) {
        rosterNames = names;
        showLeadChoices();
    }

    /**
     * Offers the roster's names plus the picked one when it is not on the roster (a lead saved before its line was
     * removed, or picked before): it stays picked, and the helper line says it is not on the roster.
     */
    private void showLeadChoices() {
        String picked = lead.getValue();
        boolean offRoster = picked != null && !picked.isBlank()
                && rosterNames.stream().noneMatch(n -> CueSheets.samePerson(n, picked));
        List<String> choices = new ArrayList<>(rosterNames);
        if (offRoster) {
            choices.add(picked);
        }
        if (!choices.equals(leadChoices)) {
            leadChoices.clear();
            leadChoices.addAll(choices);
            leadData.refreshAll();
        }
        lead.setHelperText(offRoster ? getTranslation("runsheet.lead.offRoster", picked)
                : rosterNames.isEmpty() ? getTranslation("runsheet.lead.noStaff")
                : getTranslation("runsheet.lead.help"));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
