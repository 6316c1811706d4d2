package kr.silheomjang.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import io.micrometer.core.instrument.MeterRegistry;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Issue 20, point 8: a live update that refreshes an open view is counted and timed in the application's registry. */
class LiveMetricsTest extends BrowserlessSupport {

    @Autowired
    MeterRegistry meters;
    @Autowired
    ExperimentService experiments;

    @Test
    void aCoPlannersChangeReachingAnOpenViewIsCountedAndTimed() {
        String a = newAccount("측정 A");
        String b = newAccount("측정 B");
        long id = signedIn.as(a, () -> experiments.create(Drafts.valid("측정 실험장")));
        teams.join(a, id, b, MemberRole.PLANNER);
        BrowserlessUIContext window = windowOf(a);
        ExperimentOverviewView view = window.navigate(ExperimentOverviewView.class,
                Map.of(ExperimentOverviewView.PARAM, String.valueOf(id)));
        runQueuedAccess(window);
        double pushesBefore = meters.get("silheomjang.live.pushes").counter().count();
        long timedBefore = meters.get("silheomjang.live.delivery").timer().count();

        long version = signedIn.as(b, () -> experiments.get(id)).version();
        signedIn.run(b, () -> experiments.moveStage(id, version, Stage.PLANNING, "측정"));
        await(window, () -> "PLANNING".equals(view.stageTracker.getChildren().filter(c -> c.hasClassName("current"))
                .map(c -> c.getElement().getAttribute("data-stage")).findFirst().orElse("")));

        assertThat(meters.get("silheomjang.live.pushes").counter().count()).isGreaterThan(pushesBefore);
        assertThat(meters.get("silheomjang.live.delivery").timer().count()).isGreaterThan(timedBefore);
        assertThat(meters.get("silheomjang.live.delivery").timer().max(java.util.concurrent.TimeUnit.MILLISECONDS))
                .isPositive();
        assertThat(meters.get("silheomjang.live.bus.up").tag("mode", "local").gauge().value()).isEqualTo(1.0);
        assertThat(meters.find("silheomjang.views.open").gauge()).isNotNull();
    }
}
