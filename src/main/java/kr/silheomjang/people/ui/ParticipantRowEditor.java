package kr.silheomjang.people.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
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
import kr.silheomjang.ui.LiveForm;
import kr.silheomjang.ui.Messages;

/**
 * The participants grid's inline row editor: one input per field column, save and cancel. The inputs are a
 * {@link LiveForm}: while the row is open, others' saves reach the inputs the user has not touched; a touched input
 * keeps the user's text, is marked with who changed it and their value, and the save waits for the user's choice.
 * A save that races someone else's is told who saved first and marks the inputs the same way. The panel hears about
 * it through {@link Host} only.
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
    private final Function<String, LiveForm.Presence> presence;
    final LiveForm<ParticipantRow> form;

    ParticipantRowEditor(Grid<ParticipantRow> grid, ParticipantService service, long experimentId, Host host,
            Function<String, LiveForm.Presence> presence) {
        this.editor = grid.getEditor();
        this.presence = presence;
        this.form = LiveForm.of(grid);
        editor.addCloseListener(e -> form.endPresence());
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
            form.bind(f.key(), (HasValue) input, r -> {
                Object v = f.get(((ParticipantRow) r).details());
                return v == null && !f.isChoice() ? "" : v;
            }, v -> v instanceof Enum<?> c ? grid().getTranslation(ParticipantField.choiceKey(c))
                    : java.util.Objects.toString(v, ""));
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
        editor.editItem(row);
        form.load(row);
        form.presence(presence.apply("participant:" + row.id()));
        inputs.text(ParticipantField.NAME).focus();
    }

    private Grid<ParticipantRow> grid() {
        return editor.getGrid();
    }

    /** Someone changed participants: the open row's newer values reach the inputs (never over what is typed). */
    void refresh(Set<Long> ids, boolean all) {
        ParticipantRow row = editor.getItem();
        if (!editor.isOpen() || row == null || !(all || ids.contains(row.id()))) {
            return;
        }
        service.rows(experimentId, Set.of(row.id())).stream().findFirst()
                .filter(latest -> latest.version() != form.latest().version())
                .ifPresent(latest -> form.refresh(latest, latest.updatedByName(), latest.updatedAt()));
    }

    void save() {
        ParticipantRow row = editor.getItem();
        if (row == null) {
            return;
        }
        if (form.refusesSave((who, when) -> Messages.showError(form.conflictText("people.conflict", who, when)))) {
            return;
        }
        ParticipantRow saved = PeopleActions.call(editor.getGrid(),
                () -> service.update(experimentId, row.id(), form.latest().version(), inputs.draft()), () -> {
                    refresh(Set.of(row.id()), false);
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
