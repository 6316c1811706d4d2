package kr.silheomjang.ui;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What escapes a view: a failure we can explain gets the same Korean message {@link Actions} would show; anything else
 * gets a short notice with a correlation id, and the log gets that id with the stack trace. The user never sees a
 * stack trace.
 */
class AppErrorHandler extends DefaultErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = findRelevantThrowable(event.getThrowable());
        if (!shouldHandle(thrown)) {
            return;
        }
        Optional<Actions.Failure> known = Actions.Failure.of(thrown);
        UI ui = UI.getCurrent();
        if (known.isPresent()) {
            if (ui != null) {
                Messages.showError(known.get().message(ui, "conflict.generic"));
            }
            return;
        }
        String id = newErrorId();
        log.error("Unexpected error [{}] in {}", id,
                event.getComponent().map(c -> c.getClass().getSimpleName()).orElse("?"), thrown);
        if (ui != null) {
            Messages.showError(ui.getTranslation("error.unexpected", id));
        }
    }

    /** The short number a user quotes and the log line carries (a stack trace is never shown). */
    static String newErrorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Installs the handler on every new Vaadin session. */
    @Component
    static class Installer implements VaadinServiceInitListener {

        private final AppErrorHandler handler = new AppErrorHandler();

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(handler));
        }
    }
}
