package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import kr.silheomjang.collab.PresenceRegistry;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.support.SignedIn;

/**
 * Browsers that vanish without closing their pages (a phone asleep, a closed lid): ten board views whose Chromium is
 * killed outright — no unload beacon, no further request — are released by the server within about a minute of
 * their last heartbeat. They leave presence, stop receiving updates, and after 100 card moves the heap is back within
 * 10% of where it was before they opened. Heartbeats every 3 s and release after 10 s of silence keep the test short;
 * production uses 15 s and 45 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.heartbeatInterval=3", "silheomjang.live.reap-silent-after=PT10S", "silheomjang.live.reap-every=PT2S" })
@ActiveProfiles("test")
class VanishedBrowsersIT {

    private static final int VIEWS = 10;
    private static final String PLANNER = "planner@demo.kr";
    private static final String OWNER = "owner@demo.kr";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PresenceRegistry presence;
    @Autowired
    PlanningService planning;
    @Autowired
    SignedIn signedIn;

    private Process chromium;
    private Path profile;

    @AfterEach
    void killBrowser() throws IOException {
        if (chromium != null) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void boardViewsOfVanishedBrowsersAreReleasedAndTheHeapReturns() throws Exception {
        long id = jdbc.queryForObject("select id from experiment where proposal_text like '지하철을 학교로%'",
                Long.class);
        long firstCard = signedIn.as(OWNER, () -> planning.board(id)).columns().get(0).cards().get(0).id();

        BrowserSupport.patientAssertions();
        try (Playwright playwright = Playwright.create()) {
            Browser browser = playwright.chromium().connectOverCDP(startChromium());
            // Warm-up: one board opened and closed properly, so classes and caches are loaded before the baseline.
            BrowserContext warm = browser.newContext(options());
            Page w = warm.newPage();
            openBoard(w, id);
            w.close(new Page.CloseOptions().setRunBeforeUnload(true));
            warm.close();
            awaitNobodyPresent(id, 30);
            moveBackAndForth(id, firstCard, 10);
            long baseline = usedHeapAfterGc();

            for (int i = 0; i < VIEWS; i++) {
                openBoard(browser.newContext(options()).newPage(), id);
            }
            assertThat(presence.present(id)).extracting(PresenceRegistry.PresentUser::displayName)
                    .contains("이준비");

            // The browser vanishes: killed, so no page sends an unload beacon or anything else again.
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            moveBackAndForth(id, firstCard, 100);
            awaitNobodyPresent(id, 60);

            long after = usedHeapAfterGc();
            System.out.printf("heap before views %d MB, after 10 vanished views and 100 moves %d MB (%+.1f%%)%n",
                    baseline >> 20, after >> 20, 100.0 * (after - baseline) / baseline);
            assertThat(after).as("heap after the vanished views were released").isLessThanOrEqualTo(
                    (long) (baseline * 1.10));
        }
    }

    private Browser.NewContextOptions options() {
        return new Browser.NewContextOptions().setBaseURL("http://localhost:" + port).setLocale("ko-KR")
                .setViewportSize(1280, 900);
    }

    private void openBoard(Page page, long id) {
        page.setDefaultTimeout(30_000);
        BrowserSupport.login(page, PLANNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        page.navigate("/experiments/" + id + "/board");
        assertThat(page.locator(".kanban-card").first()).isVisible();
    }

    private void moveBackAndForth(long id, long cardId, int moves) {
        for (int i = 0; i < moves; i++) {
            Direction d = i % 2 == 0 ? Direction.DOWN : Direction.UP;
            signedIn.run(OWNER, () -> planning.move(id, cardId, d));
        }
    }

    private void awaitNobodyPresent(long id, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!presence.present(id).isEmpty()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("still present after " + seconds + " s: " + presence.present(id));
            }
            Thread.sleep(500);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Starts Debian's Chromium ourselves (so the test can kill it) and returns its DevTools address. */
    private String startChromium() throws IOException {
        profile = Files.createTempDirectory("vanishing-chromium");
        List<String> command = new ArrayList<>(List.of(BrowserSupport.CHROMIUM.toString(), "--headless=new",
                "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "about:blank"));
        chromium = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(chromium.getInputStream(),
                StandardCharsets.UTF_8));
        Pattern devtools = Pattern.compile("DevTools listening on (ws://\\S+)");
        for (String line; (line = out.readLine()) != null;) {
            Matcher m = devtools.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so Chromium never blocks on its own output
                        }
                    } catch (IOException gone) {
                        // the browser was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium did not print its DevTools address");
    }
}
