package kr.silheomjang.planning.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One checklist item's or comment's text edited in place: the field, 저장 and 취소; Enter saves and Escape cancels
 * while in the field (Escape there does not close the card; Shift+Enter is a new line in a comment). {@link
 * CardActivity} keeps it across its re-renders, so a co-planner's live change never takes away what is typed here.
 * It saves over the version shown when editing began; only a conflict explained here moves it on, so a second save
 * is a conscious one (notes 0003, 0065).
 */
final class InlineEdit extends Div {

    final long id;
    private long basedOn;
    final TextFieldBase<?, String> field;
    final Button save = new Button();
    final Button cancel = new Button();
    /** Why the last save did not go through, or that the item is gone: said at once to a screen reader. */
    final Div note = new Div();
    /**
     * Under the field: someone saved this item or comment anew while it is being edited here. Said politely (a
     * status, not an alert: nothing failed, the typing goes on); the save still checks and then says what is saved.
     */
    final Div meanwhile = new Div();
    /** The newest version {@link #meanwhile} spoke of, so a re-render of the same change does not say it again. */
    private long told;

    /**
     * @param multiLine a comment (a text area) rather than a checklist line
     * @param saveAction runs the save; true when it went through
     * @param cancelAction leaves editing without saving
     */
    InlineEdit(long id, long version, String text, boolean multiLine, String fieldName, String hint,
            Predicate<InlineEdit> saveAction, Runnable cancelAction) {
        this.id = id;
        this.basedOn = version;
        this.told = version;
        this.field = multiLine ? new TextArea() : new TextField();
        addClassName("card-inline-edit");
        field.setValue(text);
        field.setAriaLabel(fieldName);
        field.setHelperText(hint);
        field.setWidthFull();
        // Every keystroke reaches the server, so Enter saves what is on the screen and a re-render keeps it.
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> field.setInvalid(false));
        save.setText(getTranslation("planning.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> saveAction.test(this));
        cancel.setText(getTranslation("planning.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(e -> cancelAction.run());
        // Listened on the field alone, and not passed on: Escape cancels this edit, not the whole card dialog.
        Shortcuts.addShortcutListener(field, () -> {
            if (save.isVisible()) {
                saveAction.test(this);
            }
        }, Key.ENTER).listenOn(field);
        Shortcuts.addShortcutListener(field, cancelAction::run, Key.ESCAPE).listenOn(field);
        note.addClassName("live-form-note");
        note.getElement().setAttribute("role", "alert");
        note.setVisible(false);
        meanwhile.addClassName("card-inline-edit-meanwhile");
        meanwhile.getElement().setAttribute("role", "status");
        meanwhile.setVisible(false);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setSpacing(true);
        add(field, meanwhile, buttons, note);
    }

    long basedOn() {
        return basedOn;
    }

    String text() {
        return field.getValue();
    }

    /**
     * Someone changed it first: what is typed stays, the note says who, when and what is saved now, and the next save
     * is over that version (saving again writes the typed text over it, knowingly).
     */
    void changedMeanwhile(long latestVersion, String message) {
        basedOn = latestVersion;
        told = Math.max(told, latestVersion);
        // The note below says it all now (who, when, what is saved): the earlier word under the field goes.
        meanwhile.setVisible(false);
        showNote(message);
    }

    /**
     * The item as saved now has {@code latestVersion}: newer than this editor's, someone changed it meanwhile. Says so
     * under the field ({@code message}), once per change; what is typed and the version saved over stay as they are,
     * so the save is refused and then says who and what (never a silent overwrite, never a lost input).
     */
    void newerSaved(long latestVersion, String message) {
        if (latestVersion <= basedOn || latestVersion <= told || !save.isVisible()) {
            return;
        }
        told = latestVersion;
        meanwhile.setText(message);
        meanwhile.setVisible(true);
    }

    /** It was removed: what is typed stays to be copied; nothing can be saved any more. Said once. */
    void gone(String message) {
        if (!save.isVisible()) {
            return;
        }
        save.setVisible(false);
        meanwhile.setVisible(false);
        showNote(message);
    }

    /** A refused text (empty or too long): the field says why. */
    void invalid(String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showNote(String message) {
        note.setText(message);
        note.setVisible(true);
    }

    void focus() {
        field.focus();
    }
}
