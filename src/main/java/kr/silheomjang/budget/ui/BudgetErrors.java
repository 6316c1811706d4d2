package kr.silheomjang.budget.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A budget dialog's error box: refusals by message key, or one conflict sentence; read out as an alert. A refusal
 * about one field is also said at that field (marked invalid, its message under it), where the user looks.
 */
class BudgetErrors extends Div {

    BudgetErrors(String id) {
        setId(id);
        addClassName("budget-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void showKeys(List<String> keys) {
        showKeys(keys, Map.of());
    }

    /** {@code atFields}: message key → the field it is about; a field named by none of the keys is left as it is. */
    void showKeys(List<String> keys, Map<String, HasValidation> atFields) {
        removeAll();
        keys.forEach(k -> add(new Paragraph(getTranslation(k))));
        setVisible(true);
        atFields.forEach((key, field) -> {
            if (keys.contains(key)) {
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
        });
    }

    void showText(String text) {
        removeAll();
        add(new Paragraph(text));
        setVisible(true);
    }

    /**
     * The field takes at most {@code max} characters (the column's size, as the service counts) and, should a longer
     * value arrive anyway (pasted past the limit by a script or an old browser), says so in the service's words.
     */
    static void limit(TextField field, int max, String key) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(field.getTranslation(key)));
    }

    static void limit(TextArea field, int max, String key) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(field.getTranslation(key)));
    }
}
