package kr.silheomjang.people.ui;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantField;

/**
 * One input per {@link ParticipantField}, made from its definition, so the add dialog and the grid's row editor
 * follow the field list: a text field (a text area for long texts in a form) or a select of the field's choices.
 * Forms label each input and say why it is collected; the grid's editor names them for screen readers only.
 */
final class ParticipantInputs {

    private final Map<ParticipantField, AbstractField<?, ?>> inputs = new EnumMap<>(ParticipantField.class);

    /**
     * @param i18n     any component of the page, for translations
     * @param form     true for a labelled form, false for the grid's inline editor
     * @param idPrefix element ids are {@code idPrefix-key}, e.g. {@code edit-notes}
     */
    ParticipantInputs(Component i18n, boolean form, String idPrefix) {
        for (ParticipantField f : ParticipantField.values()) {
            AbstractField<?, ?> input = f.isChoice() ? choice(f, i18n)
                    : form && f.maxLength() > 1000 ? new TextArea() : new TextField();
            String label = i18n.getTranslation(f.labelKey());
            String purpose = f.purposeKey();
            if (input instanceof com.vaadin.flow.component.HasLabel labelled && form) {
                labelled.setLabel(label);
            } else {
                input.getElement().setAttribute("aria-label", label);
            }
            if (form && purpose != null && input instanceof com.vaadin.flow.component.HasHelper helper) {
                helper.setHelperText(i18n.getTranslation(purpose));
            }
            if (f.check() == ParticipantField.Check.NAME && input instanceof TextField name) {
                name.setRequiredIndicatorVisible(form);
            }
            ((HasSize) input).setWidthFull();
            input.setId(idPrefix + "-" + f.key());
            inputs.put(f, input);
        }
        fill(ParticipantDraft.builder().build());
    }

    private static Select<Enum<?>> choice(ParticipantField f, Component i18n) {
        Select<Enum<?>> select = new Select<>();
        select.setItems(f.choices().toArray(Enum<?>[]::new));
        select.setItemLabelGenerator(c -> c == null ? "" : i18n.getTranslation(ParticipantField.choiceKey(c)));
        return select;
    }

    AbstractField<?, ?> input(ParticipantField f) {
        return inputs.get(f);
    }

    TextField text(ParticipantField f) {
        return (TextField) inputs.get(f);
    }

    /** Shows the draft's values (blank for nothing). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void fill(ParticipantDraft d) {
        inputs.forEach((f, input) -> {
            Object v = f.get(d);
            ((AbstractField) input).setValue(v == null && !f.isChoice() ? "" : v);
        });
    }

    /** What the inputs hold, as a draft (the service trims it and stores blanks as nothing). */
    ParticipantDraft draft() {
        ParticipantDraft.Builder b = ParticipantDraft.builder();
        inputs.forEach((f, input) -> b.set(f, value(input)));
        return b.build();
    }

    private static @Nullable Object value(AbstractField<?, ?> input) {
        return input.getValue();
    }

    Component[] all() {
        return inputs.values().toArray(Component[]::new);
    }

    /** The same inputs as values (e.g. to tell whether anything was typed). */
    HasValue<?, ?>[] values() {
        return inputs.values().toArray(HasValue<?, ?>[]::new);
    }
}
