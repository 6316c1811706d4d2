package kr.silheomjang.e2e;

import java.lang.management.ManagementFactory;
import java.util.Set;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.GenericApplicationContext;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServiceInitListener;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.ui.LiveSubscription;

/**
 * The benchmark's bare push, benchmark code only (never in production code): every UI that opens an experiment's
 * board gets a hidden {@code #board-ping} label that follows {@link Kind#PING} updates through the same path as any
 * live update (bus, coalescing, {@code ui.access}, push), and changes nothing else. A ping is published through the
 * JMX operation {@value #OBJECT_NAME} {@code ping(experimentId, no)}.
 *
 * <p>{@link Hook} registers both. {@link PlanningBenchmarkIT} names it in its test context; for the packaged prod jar,
 * {@link LiveScaleBenchmarkIT} copies these classes and a {@code META-INF/spring.factories} naming the hook into a
 * folder that only the benchmark's server process has on its class path ({@code -Dloader.path}). Nothing here is
 * annotated, so no component scan (the tests' or the jar's) picks it up by itself.
 */
public enum BenchmarkPing {
    ;

    static final String OBJECT_NAME = "kr.silheomjang.benchmark:type=Ping";

    public enum Kind implements LiveKind {
        PING;

        @Override
        public String key() {
            return "benchmark-ping";
        }
    }

    /** Published over JMX by the benchmark, in the server's process. */
    public interface PingMBean {
        void ping(long experimentId, long no);
    }

    /** Registers the label on every board and the JMX operation once the context is up. */
    public static final class Hook implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context).registerBean("benchmarkPingLabel", VaadinServiceInitListener.class,
                    () -> init -> init.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(nav -> {
                        String path = nav.getLocation().getPath();
                        if (path.matches("experiments/\\d+/board")) {
                            attach(e.getUI(), context.getBean(LiveUpdateBus.class),
                                    Long.parseLong(path.split("/")[1]));
                        }
                    })));
            context.addApplicationListener(event -> {
                try {
                    ObjectName name = new ObjectName(OBJECT_NAME);
                    var server = ManagementFactory.getPlatformMBeanServer();
                    if (event instanceof ContextRefreshedEvent && !server.isRegistered(name)) {
                        LiveUpdateBus bus = context.getBean(LiveUpdateBus.class);
                        PingMBean ping = (experimentId, no) -> bus.publish(LiveUpdate.of(experimentId, Kind.PING, no));
                        server.registerMBean(new StandardMBean(ping, PingMBean.class), name);
                    } else if (event instanceof ContextClosedEvent && server.isRegistered(name)) {
                        server.unregisterMBean(name);
                    }
                } catch (JMException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /** Adds the hidden label that follows pings to the UI (its session locked); also the fan-out benchmark's baseline. */
    public static Span attach(UI ui, LiveUpdateBus bus, long experimentId) {
        ui.getChildren().filter(c -> c.getId().orElse("").equals("board-ping")).toList().forEach(ui::remove);
        Span ping = new Span();
        ping.setId("board-ping");
        ping.getStyle().set("display", "none");
        ui.add(ping);
        LiveSubscription.of(ping, bus, experimentId, Set.of(Kind.PING),
                batch -> batch.stream().reduce((x, y) -> y).ifPresent(u -> ping.setText(u.ids().toString())));
        return ping;
    }
}
