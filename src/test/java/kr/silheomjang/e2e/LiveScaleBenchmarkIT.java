package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.PlanningBenchmarkIT.pct;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;

/**
 * Benchmark, not a test (only with {@code -Dbenchmark=true}; README): one board watched by 1, 10 and 30 browsers (each
 * its own Chromium context and HTTP session, as separate people). The owner moves a card with Alt+arrow; every watcher
 * records with a MutationObserver when the card appears in its new column; a move counts when the slowest watcher has
 * it. Per watcher count it prints edit-to-visible p50/p95 of the slowest, server CPU per change (this JVM's process
 * CPU, which also holds the Playwright client: an upper bound), the same for a bare push ({@link BenchmarkPing}) as the
 * in-run baseline, and the heap each open board view holds. Figures sit next to the targets; nothing asserts
 * them. Writes target/benchmark/live-scale.txt.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(BenchmarkPing.Config.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LiveScaleBenchmarkIT {

    static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    static final int[] WATCHERS = {1, 10, 30};
    static final String CARD = "일시와 장소 선정";
    static final String OBSERVE = """
            (card) => {
              window.__target = -1; window.__seenAt = 0; window.__ping = ''; window.__pingAt = 0;
              new MutationObserver(() => {
                const cols = [...document.querySelectorAll('.kanban-column')];
                const i = cols.findIndex(c => c.querySelector(`.kanban-card[aria-label="${card}"]`));
                if (i === window.__target && !window.__seenAt) window.__seenAt = Date.now();
                const p = document.getElementById('board-ping');
                if (p && p.textContent !== window.__ping) { window.__ping = p.textContent; window.__pingAt = Date.now(); }
              }).observe(document.body, {subtree: true, childList: true, characterData: true});
            }""";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private record Figures(int watchers, long p50, long p95, double cpuPerMove, long pingP50, long pingP95,
            double cpuPerPing, long heapPerView) {
    }

    @Test
    void editToVisibleForTheSlowestOf1And10And30Watchers() throws IOException {
        long id = browsers.nightSchoolId();
        Page owner = browsers.loggedIn(OWNER);
        PlanningBoardIT.openBoard(owner, id);
        Locator card = owner.locator(".kanban-card[aria-label=\"" + CARD + "\"]");
        LiveUpdateBus bus = browsers.bean(LiveUpdateBus.class);
        List<Page> watchers = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        int[] column = {0};
        long[] pingNo = {0};
        for (int n : WATCHERS) {
            long heapBefore = usedHeapAfterGc();
            int added = n - watchers.size();
            while (watchers.size() < n) {
                Page w = browsers.loggedIn(PLANNER);
                PlanningBoardIT.openBoard(w, id);
                w.evaluate(OBSERVE, CARD);
                watchers.add(w);
            }
            long heapPerView = Math.max(0, usedHeapAfterGc() - heapBefore) / Math.max(1, added);

            List<Long> moves = new ArrayList<>();
            long cpuMoves = 0;
            for (int i = 0; i < RUNS + 3; i++) {
                int target = column[0] == 0 ? 1 : 0;
                for (Page w : watchers) {
                    w.evaluate("(t) => { window.__target = t; window.__seenAt = 0; }", target);
                }
                card.focus();
                long cpu0 = processCpuNanos();
                long t0 = System.currentTimeMillis();
                card.press(target == 1 ? "Alt+ArrowRight" : "Alt+ArrowLeft");
                long slowest = 0;
                for (Page w : watchers) {
                    w.waitForFunction("() => window.__seenAt > 0");
                    slowest = Math.max(slowest, ((Number) w.evaluate("() => window.__seenAt")).longValue());
                }
                long cpu = processCpuNanos() - cpu0;
                assertThat(owner.locator(".kanban-column:nth-child(" + (target + 1) + ") .kanban-card[aria-label=\""
                        + CARD + "\"]")).isVisible();
                column[0] = target;
                if (i >= 3) {
                    moves.add(slowest - t0);
                    cpuMoves += cpu;
                }
            }

            List<Long> pings = new ArrayList<>();
            long cpuPings = 0;
            for (int i = 0; i < RUNS + 3; i++) {
                long no = pingNo[0]++;
                String expected = "[" + no + "]";
                long cpu0 = processCpuNanos();
                long t0 = System.currentTimeMillis();
                bus.publish(LiveUpdate.of(id, BenchmarkPing.Kind.PING, no));
                long slowest = 0;
                for (Page w : watchers) {
                    w.waitForFunction("(e) => window.__ping === e", expected);
                    slowest = Math.max(slowest, ((Number) w.evaluate("() => window.__pingAt")).longValue());
                }
                long cpu = processCpuNanos() - cpu0;
                if (i >= 3) {
                    pings.add(slowest - t0);
                    cpuPings += cpu;
                }
            }
            figures.add(new Figures(n, pct(moves, 50), pct(moves, 95), cpuPerChange(cpuMoves), pct(pings, 50),
                    pct(pings, 95), cpuPerChange(cpuPings), heapPerView));
        }

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "live at scale (%d changes per row, %d cores; watchers each in their own Chromium context)%n"
                        + "watchers | move->visible slowest p50/p95 ms | CPU ms/move | bare push p50/p95 ms | CPU ms/push"
                        + " | heap KiB/board view%n", RUNS, Runtime.getRuntime().availableProcessors()));
        for (Figures f : figures) {
            report.append(String.format(Locale.ROOT, "%8d | %14d / %-14d | %11.1f | %9d / %-8d | %11.1f | %d%n",
                    f.watchers(), f.p50(), f.p95(), f.cpuPerMove(), f.pingP50(), f.pingP95(), f.cpuPerPing(),
                    f.heapPerView() / 1024));
        }
        Figures one = figures.getFirst();
        Figures thirty = figures.getLast();
        report.append(String.format(Locale.ROOT,
                "targets: 1 watcher p95 <= 100 ms (now %d); 30 watchers slowest p95 <= 250 ms (now %d); CPU/change with"
                        + " 30 <= 3x with 1 (now %.1fx); >= 1,000 board views per GiB (now %d per GiB)%n",
                one.p95(), thirty.p95(), thirty.cpuPerMove() / Math.max(0.001, one.cpuPerMove()),
                thirty.heapPerView() == 0 ? 0 : (1L << 30) / thirty.heapPerView()));
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "live-scale.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private double cpuPerChange(long nanos) {
        return nanos / 1e6 / RUNS;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
