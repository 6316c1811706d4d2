package kr.silheomjang.ui.internal;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import kr.silheomjang.ui.Languages;

/** Every new UI starts in the chosen language, Korean unless the user switched. */
@Component
class LanguageInit implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            ui.setLocale(Languages.resolve(VaadinSession.getCurrent(), VaadinRequest.getCurrent()));
            connectionTexts(ui);
        });
    }

    /**
     * Vaadin's connection indicator speaks English by itself ("Online", "Connection lost, trying to reconnect...")
     * and sits in every page's DOM. Its offline texts come from the reconnect configuration (public pages put their
     * own after this, PublicLayout); "Online" has no Flow setting, so it is set on the element.
     */
    @SuppressWarnings("deprecation") // the reconnect configuration is what Flow 25.2 sends to the indicator
    static void connectionTexts(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("vaadin.connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("vaadin.connection.offline"));
        ui.getPage().executeJs("""
                const indicator = document.querySelector('vaadin-connection-indicator');
                if (indicator) {
                  indicator.onlineText = $0;
                }""", ui.getTranslation("vaadin.connection.online"));
    }
}
