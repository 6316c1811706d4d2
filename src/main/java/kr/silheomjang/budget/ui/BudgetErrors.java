package kr.silheomjang.budget.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A budget dialog's error box: refusals by message key, or one conflict sentence; read out as an alert. */
class BudgetErrors extends Div {

    BudgetErrors(String id) {
        setId(id);
        addClassName("budget-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void showKeys(List<String> keys) {
        removeAll();
        keys.forEach(k -> add(new Paragraph(getTranslation(k))));
        setVisible(true);
    }

    void showText(String text) {
        removeAll();
        add(new Paragraph(text));
        setVisible(true);
    }
}
