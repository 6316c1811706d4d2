package kr.silheomjang.e2e;

import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServiceInitListener;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.ui.LiveSubscription;

/**
 * The benchmarks' bare push, registered only by benchmark tests (never in production code): every UI that opens an
 * experiment's board gets a hidden {@code #board-ping} label that follows {@link Kind#PING} updates through the same
 * path as any live update (bus, coalescing, {@code ui.access}, push), and changes nothing else.
 */
enum BenchmarkPing {
    ;

    enum Kind implements LiveKind {
        PING;

        @Override
        public String key() {
            return "benchmark-ping";
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        VaadinServiceInitListener benchmarkPingLabel(LiveUpdateBus bus) {
            return init -> init.getSource().addUIInitListener(e -> e.getUI().addAfterNavigationListener(nav -> {
                String path = nav.getLocation().getPath();
                if (path.matches("experiments/\\d+/board")) {
                    attach(e.getUI(), bus, Long.parseLong(path.split("/")[1]));
                }
            }));
        }

        private static void attach(UI ui, LiveUpdateBus bus, long experimentId) {
            ui.getChildren().filter(c -> c.getId().orElse("").equals("board-ping")).toList().forEach(ui::remove);
            Span ping = new Span();
            ping.setId("board-ping");
            ping.getStyle().set("display", "none");
            ui.add(ping);
            LiveSubscription.of(ping, bus, experimentId, Set.of(Kind.PING),
                    batch -> batch.stream().reduce((x, y) -> y).ifPresent(u -> ping.setText(u.ids().toString())));
        }
    }
}
