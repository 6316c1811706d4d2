package kr.silheomjang.ui.internal;

import org.springframework.stereotype.Component;

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
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(
                Languages.resolve(VaadinSession.getCurrent(), VaadinRequest.getCurrent())));
    }
}
