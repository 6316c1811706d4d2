package kr.silheomjang.experiment.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The experiment's questions as one field (a list of lines), so the live form can treat them like any other field:
 * focus in any line counts as being in this field, and the list is compared as a whole.
 */
class QuestionsField extends CustomField<List<String>> {

    final List<TextField> lines = new ArrayList<>();
    private final VerticalLayout box = new VerticalLayout();

    QuestionsField() {
        box.setId("questions-editor");
        box.setPadding(false);
        box.setSpacing(false);
        add(box);
        setWidthFull();
    }

    @Override
    protected List<String> generateModelValue() {
        return lines.stream().map(TextField::getValue).toList();
    }

    @Override
    protected void setPresentationValue(List<String> questions) {
        lines.clear();
        box.removeAll();
        (questions == null || questions.isEmpty() ? List.of("") : questions).forEach(this::addLine);
    }

    /** Adds an empty line at the end (the "add question" button). */
    void addEmpty() {
        addLine("");
        updateValue();
    }

    private void addLine(String text) {
        TextField field = new TextField();
        field.setValue(text);
        field.setWidthFull();
        field.setPlaceholder(getTranslation("experiment.placeholder.question"));
        int index = lines.size();
        field.setId("question-field-" + index);
        field.setAriaLabel(getTranslation("experimentForm.questionN", index + 1));
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(e -> updateValue());
        // Being in any line is being in the questions.
        field.addFocusListener(e -> ComponentUtil.fireEvent(this, new FocusNotifier.FocusEvent<>(this, true)));
        field.addBlurListener(e -> ComponentUtil.fireEvent(this, new BlurNotifier.BlurEvent<>(this, true)));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            lines.remove(field);
            box.remove(field.getParent().orElseThrow());
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("experimentForm.removeQuestion"));
        HorizontalLayout row = new HorizontalLayout(field, remove);
        row.setWidthFull();
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        lines.add(field);
        box.add(row);
    }
}
