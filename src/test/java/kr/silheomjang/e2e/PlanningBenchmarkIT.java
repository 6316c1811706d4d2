package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;

/**
 * Benchmark, not a test (runs only with {@code -Dbenchmark=true}; see README): two real browsers on one board. A moves a
 * card with Alt+arrow, alternating right and left; B's page records, with a MutationObserver, the moment the card
 * appears in its new column. Baseline in the same run: a bare push that changes one hidden label on B's board
 * ({@link BenchmarkPing}, registered only here), timed from the publish to B's DOM. Prints p50/p95 and writes target/benchmark/planning.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkPing.Hook.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PlanningBenchmarkIT {

    static final int RUNS = Integer.getInteger("benchmark.runs", 50);
    static final String CARD = "일시와 장소 선정";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void moveToVisibleLatencyAndBarePushBaseline() throws IOException {
        long id = browsers.nightSchoolId();
        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        PlanningBoardIT.openBoard(a, id);
        PlanningBoardIT.openBoard(b, id);
        b.evaluate("""
                (card) => {
                  window.__target = -1; window.__seenAt = 0; window.__ping = ''; window.__pingAt = 0;
                  new MutationObserver(() => {
                    const cols = [...document.querySelectorAll('.kanban-column')];
                    const i = cols.findIndex(c => c.querySelector(`.kanban-card[aria-label="${card}"]`));
                    if (i === window.__target && !window.__seenAt) window.__seenAt = Date.now();
                    const p = document.getElementById('board-ping');
                    if (p && p.textContent !== window.__ping) { window.__ping = p.textContent; window.__pingAt = Date.now(); }
                  }).observe(document.body, {subtree: true, childList: true, characterData: true});
                }""", CARD);

        // Warm-up moves (JIT, first pushes), not counted.
        Locator card = a.locator(".kanban-card[aria-label=\"" + CARD + "\"]");
        int column = 0;
        List<Long> moves = new ArrayList<>();
        for (int i = 0; i < RUNS + 4; i++) {
            boolean right = column == 0;
            int target = right ? 1 : 0;
            b.evaluate("(t) => { window.__target = t; window.__seenAt = 0; }", target);
            card.focus();
            long t0 = System.currentTimeMillis();
            card.press(right ? "Alt+ArrowRight" : "Alt+ArrowLeft");
            b.waitForFunction("() => window.__seenAt > 0");
            long seenAt = ((Number) b.evaluate("() => window.__seenAt")).longValue();
            assertThat(a.locator(".kanban-column:nth-child(" + (target + 1) + ") .kanban-card[aria-label=\"" + CARD
                    + "\"]")).isVisible();
            column = target;
            if (i >= 4) {
                moves.add(seenAt - t0);
            }
        }

        LiveUpdateBus bus = browsers.bean(LiveUpdateBus.class);
        List<Long> pings = new ArrayList<>();
        for (long i = 0; i < RUNS + 4; i++) {
            String expected = "[" + i + "]";
            long t0 = System.currentTimeMillis();
            bus.publish(LiveUpdate.of(id, BenchmarkPing.Kind.PING, i));
            b.waitForFunction("(e) => window.__ping === e", expected);
            long seenAt = ((Number) b.evaluate("() => window.__pingAt")).longValue();
            if (i >= 4) {
                pings.add(seenAt - t0);
            }
        }

        String report = String.format(Locale.ROOT,
                "planning benchmark (%d runs each, two Chromium contexts, one JVM)%n"
                        + "move-to-visible (A presses Alt+arrow -> card in new column on B): p50 %d ms, p95 %d ms%n"
                        + "bare push (label change on B, baseline):                        p50 %d ms, p95 %d ms%n",
                RUNS, pct(moves, 50), pct(moves, 95), pct(pings, 50), pct(pings, 95));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "planning.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "moves " + moves + System.lineSeparator() + "pings " + pings
                + System.lineSeparator());
    }

    static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
