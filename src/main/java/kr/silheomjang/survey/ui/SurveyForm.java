package kr.silheomjang.survey.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.ui.OfflineDraft;

/**
 * The answering form, phone first: one question per card, big touch targets. Used by the public page and by the
 * builder's preview, so what the team previews is exactly what people will see.
 */
public class SurveyForm extends Div {

    private final Map<SurveyQuestion, Component> fields = new LinkedHashMap<>();

    public SurveyForm(List<SurveyQuestion> questions) {
        addClassName("survey-form");
        Paragraph hint = new Paragraph(getTranslation("survey.form.requiredMark"));
        hint.addClassName("survey-hint");
        add(hint);
        int n = 0;
        for (SurveyQuestion q : questions) {
            Component field = field(q);
            fields.put(q, field);
            Span number = new Span(String.valueOf(++n));
            number.addClassName("survey-number");
            Span text = new Span(q.text() + (q.required() ? " *" : ""));
            text.addClassName("survey-question-text");
            Div label = new Div(number, text);
            label.addClassName("survey-question-label");
            Div card = new Div(label, field);
            card.addClassName("survey-question");
            card.getElement().setAttribute("data-type", q.type().name());
            add(card);
        }
    }

    private Component field(SurveyQuestion q) {
        String aria = q.text();
        switch (q.type()) {
            case SHORT_TEXT -> {
                TextField f = new TextField();
                f.setMaxLength(q.type().maxLength());
                f.setWidthFull();
                f.setAriaLabel(aria);
                f.setRequiredIndicatorVisible(q.required());
                return f;
            }
            case LONG_TEXT -> {
                TextArea f = new TextArea();
                f.setMaxLength(q.type().maxLength());
                f.setWidthFull();
                f.setMinHeight("6rem");
                f.setAriaLabel(aria);
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> f.setHelperText(
                        getTranslation("survey.form.chars", e.getValue().length(), q.type().maxLength())));
                f.setRequiredIndicatorVisible(q.required());
                return f;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> f = new CheckboxGroup<>();
                f.setItems(q.options());
                f.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                f.setAriaLabel(aria);
                f.setRequiredIndicatorVisible(q.required());
                return f;
            }
            default -> {
                RadioButtonGroup<String> f = new RadioButtonGroup<>();
                f.setAriaLabel(aria);
                f.setRequiredIndicatorVisible(q.required());
                if (q.type() == QuestionType.RATING) {
                    f.setItems("1", "2", "3", "4", "5");
                    f.addClassName("survey-rating");
                    f.setHelperText("1 " + getTranslation("survey.form.ratingLow") + " · 5 "
                            + getTranslation("survey.form.ratingHigh"));
                } else if (q.type() == QuestionType.YES_NO) {
                    f.setItems(SurveyService.YES, SurveyService.NO);
                    f.setItemLabelGenerator(v -> getTranslation(SurveyService.YES.equals(v) ? "survey.yes"
                            : "survey.no"));
                    f.addClassName("survey-yesno");
                } else {
                    f.setItems(q.options());
                    f.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                }
                return f;
            }
        }
    }

    /**
     * Marks unanswered required questions; returns whether all are answered. The service checks again: this is for
     * showing the message next to the question.
     */
    public boolean checkRequired() {
        boolean ok = true;
        for (var e : fields.entrySet()) {
            HasValidation v = (HasValidation) e.getValue();
            boolean missing = e.getKey().required() && values(e.getValue()).isEmpty();
            v.setInvalid(missing);
            v.setErrorMessage(missing ? getTranslation("survey.form.required") : null);
            ok &= !missing;
        }
        return ok;
    }

    /** The answers, by question id. */
    public Map<Long, List<String>> answers() {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        fields.forEach((q, field) -> {
            List<String> v = values(field);
            if (!v.isEmpty()) {
                out.put(q.id(), v);
            }
        });
        return out;
    }

    /**
     * Marks every answer to be kept in the browser by an {@link OfflineDraft} until it is sent (issue 17); returns the
     * form's shape: question ids, types and options, so a draft of an edited form is never poured into it.
     */
    public String keepDraft() {
        StringBuilder shape = new StringBuilder();
        fields.forEach((q, field) -> {
            OfflineDraft.keep((HasElement) field, "q" + q.id());
            shape.append(q.id()).append(':').append(q.type()).append(':').append(q.options()).append(';');
        });
        return shape.toString();
    }

    /** The field of the question at {@code index} (for tests). */
    @SuppressWarnings("unchecked")
    <T> HasValue<?, T> field(int index) {
        return (HasValue<?, T>) new ArrayList<>(fields.values()).get(index);
    }

    private static List<String> values(Component field) {
        Object v = ((HasValue<?, ?>) field).getValue();
        if (v instanceof Set<?> set) {
            return set.stream().map(String::valueOf).toList();
        }
        if (v == null || v.toString().isBlank()) {
            return List.of();
        }
        return List.of(v.toString());
    }
}
