package kr.silheomjang.shared;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Words a service stores as a starting point the team then edits (an event's title, a consent's "how obtained", a
 * draft purpose), in the language of the person whose action writes them: the calling UI's (a signed-in view or a
 * public page), Korean when no UI is calling (jobs, seeders). Like {@code BudgetTexts}, for calls made deep inside a
 * service where passing the locale down every signature would add a parameter to each.
 */
@Component
public class CallerWords {

    private final I18NProvider i18n;

    CallerWords(I18NProvider i18n) {
        this.i18n = i18n;
    }

    public Locale language() {
        UI ui = UI.getCurrent();
        return Texts.language(ui == null ? null : ui.getLocale());
    }

    public String get(String key, Object... args) {
        return i18n.getTranslation(key, language(), args);
    }
}
