package kr.silheomjang.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/** Korean is the default; English is the second language. The choice is kept in the session and a cookie. */
public final class Languages {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KOREAN, ENGLISH);
    static final String COOKIE = "silheomjang-lang";
    static final String SESSION_KEY = Languages.class.getName();

    private Languages() {
    }

    public static Locale supportedOrDefault(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : KOREAN;
    }

    /** The language for a new UI: the session's choice, else the cookie, else Korean (whatever the browser says). */
    public static Locale resolve(VaadinSession session, VaadinRequest request) {
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        if (request != null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return supportedOrDefault(Locale.forLanguageTag(c.getValue()));
                }
            }
        }
        return KOREAN;
    }

    /**
     * The switch from {@code shownIn} (the page's language) to the other one: "English" on a Korean page, "한국어" on
     * an English one. Its word is in the language it leads to, so it carries that lang, and a screen reader
     * pronounces it in that language.
     */
    public static Button switchButton(Component where, Locale shownIn) {
        Locale target = supportedOrDefault(shownIn) == KOREAN ? ENGLISH : KOREAN;
        Button language = new Button(where.getTranslation(shownIn, "nav.switchLanguage"), e -> switchTo(target));
        language.getElement().setAttribute("lang", target.getLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return language;
    }

    /** Switches this session's language and reloads the page so every text is re-read. */
    public static void switchTo(Locale locale) {
        Locale target = supportedOrDefault(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_KEY, target);
        session.setLocale(target);
        UI ui = UI.getCurrent();
        ui.setLocale(target);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, target.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            response.addCookie(cookie);
        }
        ui.getPage().executeJs("document.cookie = $0", COOKIE + "=" + target.toLanguageTag()
                + "; path=/; max-age=31536000; samesite=lax");
        ui.getPage().reload();
    }
}
