package kr.silheomjang.ui.internal;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Flow's client sets the push library's log level to {@code debug}: each pushed message then builds two dated log
 * strings and writes them to the browser console. On a board watched by many that was a few percent of each browser's
 * time per change (issue #21), for lines nobody reads. The push configuration's parameters override Flow's default.
 */
@Component
class QuietPushLog implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPushConfiguration().setParameter("logLevel", "info"));
    }
}
