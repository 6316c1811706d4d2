package kr.silheomjang.ui;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What live updates cost, in the application's Micrometer registry:
 * <ul>
 * <li>{@code silheomjang.live.pushes}: view refreshes pushed to a browser because of live updates;</li>
 * <li>{@code silheomjang.live.delivery}: from an update reaching this node's subscription to the view having
 * re-read and being ready to push (includes up to {@value LiveSubscription#COALESCE_MILLIS} ms of gathering a burst).</li>
 * </ul>
 * {@link LiveSubscription} is made by views with {@code new}, so it finds this bean through its UI's Vaadin
 * instantiator (Spring's context) rather than being handed it.
 */
@Component
class LiveMetrics {

    private final Counter pushes;
    private final Timer delivery;

    LiveMetrics(MeterRegistry meters) {
        pushes = Counter.builder("silheomjang.live.pushes")
                .description("View refreshes pushed to browsers because of live updates")
                .register(meters);
        delivery = Timer.builder("silheomjang.live.delivery")
                .description("Time from a live update reaching a view's subscription to the view being refreshed")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** The application's metrics, found through a UI's Vaadin instantiator. */
    static LiveMetrics of(UI ui) {
        return ui.getSession().getService().getInstantiator().getOrCreate(LiveMetrics.class);
    }

    /** One view refreshed because of live updates, the oldest of which reached its subscription at that time. */
    void record(long receivedNanos) {
        pushes.increment();
        delivery.record(Duration.ofNanos(System.nanoTime() - receivedNanos));
    }
}
