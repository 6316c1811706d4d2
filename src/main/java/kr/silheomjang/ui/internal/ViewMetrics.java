package kr.silheomjang.ui.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauge {@code silheomjang.views.open}: browser tabs (Vaadin UIs) open on this node right now. A UI counts from its
 * creation until it detaches (tab closed, navigation away from the app, session ended or expired heartbeat).
 */
@Component
class ViewMetrics implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    ViewMetrics(MeterRegistry meters) {
        Gauge.builder("silheomjang.views.open", open, AtomicInteger::get)
                .description("Open browser tabs (Vaadin UIs) on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            open.incrementAndGet();
            e.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }

    int open() {
        return open.get();
    }
}
