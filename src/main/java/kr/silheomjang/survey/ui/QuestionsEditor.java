package kr.silheomjang.survey.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyQuestion;

/**
 * The survey builder's questions (six types, required flag, reordering) as one field of the builder's live form: its
 * value is the list of questions, and being in any part of any question is being in it.
 */
class QuestionsEditor extends CustomField<List<SurveyQuestion>> {

    final List<QuestionEditor> editors = new ArrayList<>();
    private final Div box = new Div();

    QuestionsEditor() {
        box.setId("question-list");
        box.addClassName("survey-builder-list");
        add(box);
        setWidthFull();
    }

    /**
     * Read-only (a partner guest): every part of every question too, and no add, move or delete, so nothing can be
     * changed even on screen. Questions drawn later (a live refresh) are read-only as they are made.
     */
    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        editors.forEach(e -> e.lock(readOnly));
    }

    @Override
    protected List<SurveyQuestion> generateModelValue() {
        return editors.stream().map(QuestionEditor::value).toList();
    }

    @Override
    protected void setPresentationValue(List<SurveyQuestion> questions) {
        editors.clear();
        (questions == null ? List.<SurveyQuestion>of() : questions).forEach(q -> editors.add(new QuestionEditor(q)));
        renumber();
    }

    void addBlank() {
        if (isReadOnly()) {
            return;
        }
        editors.add(new QuestionEditor(SurveyQuestion.blank()));
        renumber();
        updateValue();
    }

    void renumber() {
        box.removeAll();
        for (int i = 0; i < editors.size(); i++) {
            QuestionEditor e = editors.get(i);
            e.number.setText(getTranslation("survey.builder.question", i + 1));
            e.up.setEnabled(i > 0);
            e.down.setEnabled(i < editors.size() - 1);
            box.add(e);
        }
    }

    void move(QuestionEditor e, int delta) {
        if (isReadOnly()) {
            return;
        }
        int i = editors.indexOf(e);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= editors.size()) {
            return;
        }
        editors.remove(i);
        editors.add(j, e);
        renumber();
        updateValue();
    }

    private void follow(Component... parts) {
        for (Component part : parts) {
            if (part instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.TIMEOUT);
                typed.setValueChangeTimeout(300);
            }
            ((HasValue<?, ?>) part).addValueChangeListener(e -> updateValue());
            ((FocusNotifier<?>) part).addFocusListener(e -> ComponentUtil.fireEvent(this,
                    new FocusNotifier.FocusEvent<>(this, true)));
            ((BlurNotifier<?>) part).addBlurListener(e -> ComponentUtil.fireEvent(this,
                    new BlurNotifier.BlurEvent<>(this, true)));
        }
    }

    /** One question's editor card. */
    class QuestionEditor extends Div {
        private final Long id;
        final Span number = new Span();
        final Select<QuestionType> type = new Select<>();
        final TextField text = new TextField();
        final TextArea options = new TextArea();
        final Checkbox required = new Checkbox();
        final Button up = new Button(VaadinIcon.ARROW_UP.create());
        final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        final Button remove = new Button(VaadinIcon.TRASH.create());

        QuestionEditor(SurveyQuestion q) {
            this.id = q.id();
            addClassNames("card", "survey-builder-question");
            number.addClassName("survey-builder-number");
            type.setLabel(getTranslation("survey.builder.type"));
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            type.setValue(q.type());
            type.addValueChangeListener(e -> options.setVisible(e.getValue() != null && e.getValue().hasOptions()));
            type.addClassName("survey-builder-type");
            text.setLabel(getTranslation("survey.builder.text"));
            text.setValue(q.text());
            text.setMaxLength(500);
            text.setWidthFull();
            text.addClassName("survey-builder-text");
            options.setLabel(getTranslation("survey.builder.options"));
            options.setValue(String.join("\n", q.options()));
            options.setWidthFull();
            options.setVisible(q.type().hasOptions());
            options.addClassName("survey-builder-options");
            required.setLabel(getTranslation("survey.builder.required"));
            required.setValue(q.required());
            required.addClassName("survey-builder-required");
            up.setAriaLabel(getTranslation("survey.builder.up"));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.addClassName("survey-builder-up");
            up.addClickListener(e -> move(this, -1));
            down.setAriaLabel(getTranslation("survey.builder.down"));
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addClassName("survey-builder-down");
            down.addClickListener(e -> move(this, 1));
            remove.setAriaLabel(getTranslation("survey.builder.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("survey-builder-remove");
            remove.addClickListener(e -> {
                if (isReadOnly()) {
                    return;
                }
                editors.remove(this);
                renumber();
                updateValue();
            });
            // Every part of a question belongs to the one "questions" field of the live form.
            follow(type, text, options, required);
            HorizontalLayout head = new HorizontalLayout(number, up, down, remove);
            head.setAlignItems(Alignment.CENTER);
            HorizontalLayout settings = new HorizontalLayout(type, required);
            settings.setAlignItems(Alignment.BASELINE);
            settings.setWrap(true);
            add(head, text, settings, options);
            lock(isReadOnly());
        }

        /** Read-only parts (readable and selectable, unlike disabled ones) and no move or delete buttons. */
        void lock(boolean locked) {
            type.setReadOnly(locked);
            text.setReadOnly(locked);
            options.setReadOnly(locked);
            required.setReadOnly(locked);
            up.setVisible(!locked);
            down.setVisible(!locked);
            remove.setVisible(!locked);
        }

        SurveyQuestion value() {
            return new SurveyQuestion(id, type.getValue(), text.getValue(),
                    Arrays.asList(options.getValue().split("\n")), required.getValue());
        }
    }

}
