package kr.silheomjang.people.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;

import kr.silheomjang.people.ParticipantField;
import kr.silheomjang.people.ParticipantRow;
import kr.silheomjang.people.ParticipantService;

/**
 * The participants grid's inline row editor: one input per field column, save and cancel. Saving sends the version
 * the user saw; when someone saved the row first the user's input stays, the newer version becomes the base (so a
 * second save is a deliberate overwrite) and the panel is told. The panel hears about it through {@link Host} only.
 */
final class ParticipantRowEditor {

    /** What the editor needs from its grid's panel. */
    interface Host {
        /** The row was saved: show the saved values. */
        void saved();

        /** Someone else saved first: refresh what is around the row (counts), the editor keeps the input. */
        void conflicted();
    }

    final ParticipantInputs inputs;
    final Button save = new Button();
    final Button cancel = new Button();
    private final Editor<ParticipantRow> editor;
    private final ParticipantService service;
    private final long experimentId;
    private final Host host;
    /** The version the user saw when they opened the editor (a conflict refreshes it, keeping their input). */
    long editingVersion;

    ParticipantRowEditor(Grid<ParticipantRow> grid, ParticipantService service, long experimentId, Host host) {
        this.editor = grid.getEditor();
        this.service = service;
        this.experimentId = experimentId;
        this.host = host;
        this.inputs = new ParticipantInputs(grid, false, "edit");
    }

    /** Puts the inputs into their columns and the buttons into {@code buttons}. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void attach(Map<ParticipantField, Grid.Column<ParticipantRow>> columns, Grid.Column<ParticipantRow> buttons) {
        Binder<ParticipantRow> binder = new Binder<>();
        editor.setBinder(binder);
        editor.setBuffered(true);
        // The binder only fills the inputs; saving builds a draft and goes through the service (version check).
        columns.forEach((f, column) -> {
            AbstractField input = inputs.input(f);
            Binder.BindingBuilder<ParticipantRow, Object> binding = (Binder.BindingBuilder) binder.forField(input);
            binding.bind(r -> {
                Object v = f.get(r.details());
                return v == null && !f.isChoice() ? "" : v;
            }, (r, v) -> { });
            column.setEditorComponent(input);
        });
        Grid<ParticipantRow> grid = editor.getGrid();
        save.setIcon(VaadinIcon.CHECK.create());
        save.setAriaLabel(grid.getTranslation("people.editor.save"));
        save.setId("save-row");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> save());
        cancel.setIcon(VaadinIcon.CLOSE_SMALL.create());
        cancel.setAriaLabel(grid.getTranslation("people.editor.cancel"));
        cancel.setId("cancel-row");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(e -> editor.cancel());
        HorizontalLayout both = new HorizontalLayout(save, cancel);
        both.setSpacing(false);
        buttons.setEditorComponent(both);
    }

    boolean isOpen() {
        return editor.isOpen();
    }

    void start(ParticipantRow row) {
        if (editor.isOpen()) {
            editor.cancel();
        }
        editingVersion = row.version();
        editor.editItem(row);
        inputs.text(ParticipantField.NAME).focus();
    }

    void save() {
        ParticipantRow row = editor.getItem();
        if (row == null) {
            return;
        }
        ParticipantRow saved = PeopleActions.call(editor.getGrid(),
                () -> service.update(experimentId, row.id(), editingVersion, inputs.draft()), () -> {
                    List<ParticipantRow> latest = service.rows(experimentId, Set.of(row.id()));
                    if (!latest.isEmpty()) {
                        editingVersion = latest.get(0).version();
                    }
                    host.conflicted();
                });
        if (saved != null) {
            // Closing the editor makes the grid re-send the row it was opened with; the host re-fetches so the
            // saved values win (selection is kept by id, the browser keeps the scroll position).
            editor.cancel();
            host.saved();
        }
    }
}
