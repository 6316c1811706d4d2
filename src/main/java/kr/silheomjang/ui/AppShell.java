package kr.silheomjang.ui;

import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Push over WebSocket carries live updates. Styles are plain CSS (no @Theme, no npm), so the precompiled bundle serves
 * and no Node.js is needed. Light or dark follows the system setting (Lumo's dark colours; ours in styles.css).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class AppShell implements AppShellConfigurator {

    static final String FAVICON = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E"
            + "%3Crect width='16' height='16' rx='3' fill='%231d6b5f'/%3E%3Cpath d='M4 11h8M5 5h6' stroke='%23fff' "
            + "stroke-width='2'/%3E%3C/svg%3E";

    @Override
    public void configurePage(AppShellSettings settings) {
        // The first title the browser shows, before a view sets its own: in the language the page will speak.
        Locale locale = Languages.resolve(VaadinSession.getCurrent(), settings.getRequest());
        settings.setPageTitle(VaadinService.getCurrent().getInstantiator().getI18NProvider()
                .getTranslation("app.name", locale));
        // An inline icon: browsers otherwise ask for /favicon.ico on every first visit and get a 404 (issue 17).
        settings.addLink("icon", FAVICON);
    }
}
