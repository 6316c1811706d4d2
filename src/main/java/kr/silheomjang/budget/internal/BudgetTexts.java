package kr.silheomjang.budget.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.budget.Funder;

/**
 * Words for the budget's contributions to pages it does not own (the overview block, the hand-off report), whose
 * lines carry text rather than message keys: in the reading UI's language, Korean without one.
 */
@Component
class BudgetTexts {

    private final I18NProvider i18n;

    BudgetTexts(I18NProvider i18n) {
        this.i18n = i18n;
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, locale(), args);
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.KOREAN : ui.getLocale();
    }

    String funder(Funder f) {
        return f.organisation() ? t("budget.funder.organisation") : String.valueOf(f.partnerName());
    }
}
