package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.PlanningBenchmarkIT.pct;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sun.tools.attach.VirtualMachine;

/**
 * Benchmark, not a test (only with {@code -Dbenchmark=true}; README "Benchmark: live updates at scale", run by
 * {@code scripts/live-benchmark.sh}): issue #21 point 6. Starts the packaged prod jar as its own process (an H2 file
 * database under target/benchmark/live-scale, the demo workspace) and has one board watched by 1, 10 and 30 browsers
 * (each its own Chromium context and HTTP session, as separate people; {@code -Dbenchmark.watchers=1,3} changes the
 * counts). The owner moves a card with Alt+arrow; every watcher records with a MutationObserver when the card appears
 * in its new column and says so through a binding; a move counts when the slowest watcher has it. Per watcher count it
 * prints edit-to-visible p50/p95 of the slowest, the server process's CPU per change (utime + stime from /proc, so the
 * browsers and this client are not in it), the same for a bare push ({@link BenchmarkPing}) as the in-run baseline,
 * the heap each added board view holds in the server (used heap after GC, read over JMX), and the CPU Chromium's
 * processes spent per change by role (the watchers share the server's cores: decision note 0055). The bare push's
 * hook is benchmark code: its classes go into a folder only the server process has on its class path
 * ({@code -Dloader.path}). Figures sit next to the issue's targets; nothing asserts them. Writes
 * target/benchmark/live-scale.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LiveScaleBenchmarkIT {

    static final int RUNS = Integer.getInteger("benchmark.runs", 20);
    /**
     * Changes before the measured ones, per row: enough for the JIT to have compiled the path, as on a server that has
     * been running for a while (with 3, most of the first row's CPU per move was compilation).
     */
    static final int WARMUPS = Integer.getInteger("benchmark.warmups", 20);
    /**
     * The pause before each change: a person's pace between two moves. A change within 60 ms of the previous batch a
     * view received is gathered with whatever else comes in that window (decision note 0045), so back-to-back changes
     * (0) measure a burst instead of one edit.
     */
    static final int PAUSE_MILLIS = Integer.getInteger("benchmark.pauseMillis", 200);
    static final int[] WATCHERS = Arrays.stream(System.getProperty("benchmark.watchers", "1,10,30").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    static final Path WORK = Path.of("target", "benchmark", "live-scale");
    static final String CARD = "일시와 장소 선정";
    /**
     * Records in the watcher's page when the card reaches its new column (and when the bare push's label changes), and
     * tells the benchmark through a binding: one message per watcher, instead of asking each page in turn while the
     * others still work (polling every watcher during a move took CPU from the browsers being measured).
     */
    static final String OBSERVE = """
            (card) => {
              window.__target = -1; window.__seenAt = 0; window.__ping = ''; window.__pingAt = 0;
              new MutationObserver(() => {
                const cols = [...document.querySelectorAll('.kanban-column')];
                const i = cols.findIndex(c => c.querySelector(`.kanban-card[aria-label="${card}"]`));
                if (i === window.__target && !window.__seenAt) {
                  window.__seenAt = Date.now();
                  window.__benchmarkSeen('move');
                }
                const p = document.getElementById('board-ping');
                if (p && p.textContent !== window.__ping) {
                  window.__ping = p.textContent; window.__pingAt = Date.now();
                  window.__benchmarkSeen(window.__ping);
                }
              }).observe(document.body, {subtree: true, childList: true, characterData: true});
            }""";
    static final String BINDING = "__benchmarkSeen";

    private static ServerProcess server;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport(() -> server.baseUrl());

    @BeforeAll
    static void startTheProdJar() throws Exception {
        server = ServerProcess.start();
    }

    @AfterAll
    static void stopIt() {
        if (server != null) {
            server.close();
        }
    }

    private record Figures(int watchers, long p50, long p95, double cpuPerMove, long pingP50, long pingP95,
            double cpuPerPing, long heapPerView, Map<String, Double> browserCpuPerMove,
            Map<String, Double> browserCpuPerPing) {
    }

    @Test
    void editToVisibleForTheSlowestOf1And10And30Watchers() throws Exception {
        long id = server.nightSchoolId();
        Page owner = browsers.loggedIn(OWNER);
        PlanningBoardIT.openBoard(owner, id);
        Locator card = owner.locator(".kanban-card[aria-label=\"" + CARD + "\"]");
        List<Page> watchers = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        // What the watchers' pages reported through the binding since the last reset ('move' or a ping's text).
        List<String> seen = new CopyOnWriteArrayList<>();
        int[] column = {0};
        long[] pingNo = {0};
        for (int n : WATCHERS) {
            long heapBefore = server.usedHeapAfterGc();
            int added = n - watchers.size();
            while (watchers.size() < n) {
                Page w = browsers.loggedIn(PLANNER);
                w.context().exposeBinding(BINDING, (source, args) -> {
                    seen.add(String.valueOf(args[0]));
                    return null;
                });
                PlanningBoardIT.openBoard(w, id);
                w.evaluate(OBSERVE, CARD);
                watchers.add(w);
            }
            long heapPerView = Math.max(0, server.usedHeapAfterGc() - heapBefore) / Math.max(1, added);

            List<Long> moves = new ArrayList<>();
            long cpuMoves = 0;
            Map<String, Long> browserCpu = new TreeMap<>();
            for (int i = 0; i < RUNS + WARMUPS; i++) {
                int target = column[0] == 0 ? 1 : 0;
                for (Page w : watchers) {
                    w.evaluate("(t) => { window.__target = t; window.__seenAt = 0; }", target);
                }
                card.focus();
                seen.clear();
                long cpu0 = server.cpuNanos();
                Thread.sleep(PAUSE_MILLIS);
                Map<String, Long> browser0 = ChromiumCpu.byRole();
                long t0 = System.currentTimeMillis();
                card.press(target == 1 ? "Alt+ArrowRight" : "Alt+ArrowLeft");
                owner.waitForCondition(() -> Collections.frequency(seen, "move") >= watchers.size());
                Map<String, Long> browserMove = ChromiumCpu.since(browser0);
                long slowest = 0;
                for (Page w : watchers) {
                    slowest = Math.max(slowest, ((Number) w.evaluate("() => window.__seenAt")).longValue());
                }
                // After the slowest has it and the times are collected: work the server finishes late still counts.
                long cpu = server.cpuNanos() - cpu0;
                assertThat(owner.locator(".kanban-column:nth-child(" + (target + 1) + ") .kanban-card[aria-label=\""
                        + CARD + "\"]")).isVisible();
                column[0] = target;
                if (i >= WARMUPS) {
                    moves.add(slowest - t0);
                    cpuMoves += cpu;
                    browserMove.forEach((role, nanos) -> browserCpu.merge(role, nanos, Long::sum));
                }
            }

            List<Long> pings = new ArrayList<>();
            long cpuPings = 0;
            Map<String, Long> browserCpuPings = new TreeMap<>();
            for (int i = 0; i < RUNS + WARMUPS; i++) {
                long no = pingNo[0]++;
                String expected = "[" + no + "]";
                seen.clear();
                long cpu0 = server.cpuNanos();
                Thread.sleep(PAUSE_MILLIS);
                Map<String, Long> browser0 = ChromiumCpu.byRole();
                long t0 = System.currentTimeMillis();
                server.ping(id, no);
                owner.waitForCondition(() -> Collections.frequency(seen, expected) >= watchers.size());
                Map<String, Long> browserPing = ChromiumCpu.since(browser0);
                long slowest = 0;
                for (Page w : watchers) {
                    if (!expected.equals(w.evaluate("() => window.__ping"))) {
                        throw new AssertionError("A watcher reported a ping it does not show");
                    }
                    slowest = Math.max(slowest, ((Number) w.evaluate("() => window.__pingAt")).longValue());
                }
                long cpu = server.cpuNanos() - cpu0;
                if (i >= WARMUPS) {
                    pings.add(slowest - t0);
                    cpuPings += cpu;
                    browserPing.forEach((role, nanos) -> browserCpuPings.merge(role, nanos, Long::sum));
                }
            }
            figures.add(new Figures(n, pct(moves, 50), pct(moves, 95), cpuPerChange(cpuMoves), pct(pings, 50),
                    pct(pings, 95), cpuPerChange(cpuPings), heapPerView, perChange(browserCpu),
                    perChange(browserCpuPings)));
        }

        String report = report(figures);
        System.out.println(report);
        Files.createDirectories(WORK.getParent());
        Files.writeString(WORK.getParent().resolve("live-scale.txt"), report);
    }

    private static String report(List<Figures> figures) {
        String when = ZonedDateTime.now(ZoneId.of("Asia/Seoul")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "live at scale (prod jar in its own process, H2 file; %d changes per row after %d warm-ups,"
                        + " each after a %d ms pause; %d cores; watchers each in their own Chromium context; %s)%n"
                        + "watchers | move->visible slowest p50/p95 ms | server CPU ms/move | bare push p50/p95 ms"
                        + " | server CPU ms/push | heap KiB/board view%n",
                RUNS, WARMUPS, PAUSE_MILLIS, Runtime.getRuntime().availableProcessors(), when));
        for (Figures f : figures) {
            report.append(String.format(Locale.ROOT, "%8d | %14d / %-14d | %18.1f | %9d / %-8d | %18.1f | %d%n",
                    f.watchers(), f.p50(), f.p95(), f.cpuPerMove(), f.pingP50(), f.pingP95(), f.cpuPerPing(),
                    f.heapPerView() / 1024));
        }
        report.append("Chromium CPU ms per change, from the change until the slowest watcher has it (/proc, by process"
                + " role; renderer is all open pages together, the owner's included): move [bare push]\n");
        for (Figures f : figures) {
            report.append(String.format(Locale.ROOT, "%8d | %s%n", f.watchers(),
                    f.browserCpuPerMove().entrySet().stream().filter(e -> e.getValue() >= 0.5)
                            .map(e -> String.format(Locale.ROOT, "%s %.1f [%.1f]", e.getKey(), e.getValue(),
                                    f.browserCpuPerPing().getOrDefault(e.getKey(), 0.0)))
                            .collect(Collectors.joining(", "))));
        }
        Figures one = figures.stream().filter(f -> f.watchers() == 1).findFirst().orElse(figures.getFirst());
        Figures most = figures.stream().max(Comparator.comparingInt(Figures::watchers)).orElseThrow();
        Figures heapRow = figures.stream().filter(f -> f.heapPerView() > 0)
                .max(Comparator.comparingInt(Figures::watchers)).orElse(most);
        String row = "%-58s | %9s | %s%n";
        report.append(String.format(Locale.ROOT, row, "target (issue #21 point 6)", "now", "target"));
        report.append(String.format(Locale.ROOT, row, one.watchers() + " watcher(s): move->visible p95",
                one.p95() + " ms", "<= 100 ms (1 watcher)"));
        report.append(String.format(Locale.ROOT, row, most.watchers() + " watchers: slowest move->visible p95",
                most.p95() + " ms", "<= 250 ms (30 watchers)"));
        report.append(String.format(Locale.ROOT, row,
                "server CPU per move, " + most.watchers() + " watchers vs " + one.watchers(),
                String.format(Locale.ROOT, "%.1fx", most.cpuPerMove() / Math.max(0.001, one.cpuPerMove())),
                "<= 3x (30 vs 1)"));
        report.append(String.format(Locale.ROOT, row,
                "open board views per GiB of server heap (" + heapRow.watchers() + " watchers row)",
                heapRow.heapPerView() == 0 ? "-" : String.valueOf((1L << 30) / heapRow.heapPerView()), ">= 1,000"));
        return report.toString();
    }

    private static double cpuPerChange(long nanos) {
        return nanos / 1e6 / RUNS;
    }

    /** A process's CPU so far (user + system, all threads) in clock ticks, from {@code /proc/<pid>/stat}. */
    static long cpuTicks(Path proc) throws IOException {
        String stat = Files.readString(proc.resolve("stat"));
        // Fields after the command name in parentheses: state is field 3, utime 14, stime 15.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static Map<String, Double> perChange(Map<String, Long> nanosByRole) {
        Map<String, Double> ms = new TreeMap<>();
        nanosByRole.forEach((role, nanos) -> ms.put(role, cpuPerChange(nanos)));
        return ms;
    }

    /**
     * CPU of the benchmark's Chromium processes by role (renderer, GPU, network, browser, ...), from /proc: where the
     * watchers' share of a move goes on the same two cores as the server. Only one Chromium runs during the benchmark.
     */
    static final class ChromiumCpu {
        private static final long TICK_NANOS = 1_000_000_000L / ServerProcess.clockTicksPerSecond();
        private static final Pattern TYPE = Pattern.compile("--type=(\\S+)");
        private static final Pattern UTILITY = Pattern.compile("--utility-sub-type=\\S*?(\\w+)\\.mojom\\.");

        static Map<String, Long> byRole() throws IOException {
            Map<String, Long> nanos = new TreeMap<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String cmd = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ');
                        if (!cmd.startsWith("/usr/lib/chromium/chromium")) {
                            continue;
                        }
                        nanos.merge(role(cmd), cpuTicks(proc) * TICK_NANOS, Long::sum);
                    } catch (IOException | RuntimeException gone) {
                        // the process ended between the listing and the read
                    }
                }
            }
            return nanos;
        }

        static Map<String, Long> since(Map<String, Long> before) throws IOException {
            Map<String, Long> now = byRole();
            now.replaceAll((role, nanos) -> nanos - before.getOrDefault(role, 0L));
            return now;
        }

        private static String role(String cmd) {
            Matcher type = TYPE.matcher(cmd);
            if (!type.find()) {
                return "browser";
            }
            Matcher sub = UTILITY.matcher(cmd);
            return type.group(1).equals("utility") && sub.find() ? sub.group(1) : type.group(1);
        }
    }

    /**
     * The packaged prod jar in a process of its own, started through Spring Boot's {@code PropertiesLauncher} so that
     * {@code -Dloader.path} adds the benchmark's hook folder (and nothing else) to its class path.
     */
    static final class ServerProcess implements AutoCloseable {
        private final Process process;
        private final String baseUrl;
        private final String jdbcUrl;
        private final JMXConnector jmx;
        private final MBeanServerConnection mbeans;
        private final long ticksPerSecond;

        private ServerProcess(Process process, String baseUrl, String jdbcUrl, JMXConnector jmx, long ticksPerSecond)
                throws IOException {
            this.process = process;
            this.baseUrl = baseUrl;
            this.jdbcUrl = jdbcUrl;
            this.jmx = jmx;
            this.mbeans = jmx.getMBeanServerConnection();
            this.ticksPerSecond = ticksPerSecond;
        }

        static ServerProcess start() throws Exception {
            Path jar;
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("silheomjang-.*\\.jar")).findFirst()
                        .orElseThrow(() -> new AssertionError("No packaged jar in target/: run scripts/live-benchmark.sh"
                                + " (or ./mvnw verify with -Dit.test=LiveScaleBenchmarkIT), which packages it first"));
            }
            Path hook = WORK.resolve("hook").toAbsolutePath();
            deleteTree(WORK);
            Path classes = Path.of("target", "test-classes", "kr", "silheomjang", "e2e");
            Path into = Files.createDirectories(hook.resolve("kr/silheomjang/e2e"));
            try (Stream<Path> files = Files.list(classes)) {
                for (Path c : files.filter(p -> p.getFileName().toString().startsWith("BenchmarkPing")).toList()) {
                    Files.copy(c, into.resolve(c.getFileName()));
                }
            }
            Files.createDirectories(hook.resolve("META-INF"));
            Files.writeString(hook.resolve("META-INF/spring.factories"),
                    "org.springframework.context.ApplicationContextInitializer=" + BenchmarkPing.Hook.class.getName()
                            + "\n");

            int port = Integer.getInteger("benchmark.port", 0);
            if (port == 0) {
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
            }
            String jdbc = "jdbc:h2:file:" + WORK.resolve("db").toAbsolutePath().resolve("silheomjang")
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=64";
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // The node's own JVM options, as a production node starts (decision note 0069).
            command.add("@" + Path.of("jvm.options").toAbsolutePath());
            String jvmArgs = System.getProperty("benchmark.serverJvmArgs", "").trim();
            if (!jvmArgs.isEmpty()) {
                command.addAll(List.of(jvmArgs.split("\\s+")));
            }
            command.addAll(List.of("-Dloader.path=" + hook, "-cp", jar.toAbsolutePath().toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + port,
                    "--spring.datasource.url=" + jdbc));
            Path log = WORK.resolve("server.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            try {
                String base = "http://localhost:" + port;
                waitUntilReady(process, base, log);
                VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
                String address;
                try {
                    address = vm.startLocalManagementAgent();
                } finally {
                    vm.detach();
                }
                JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
                return new ServerProcess(process, base, jdbc, jmx, clockTicksPerSecond());
            } catch (Exception | AssertionError e) {
                process.destroyForcibly();
                throw e;
            }
        }

        /** Ready means the demo workspace is written too (readiness turns UP after the application runners). */
        private static void waitUntilReady(Process process, String base, Path log) throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The prod jar stopped (exit " + process.exitValue() + "); see " + log);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError("The prod jar was not ready within 240 s; see " + log);
        }

        String baseUrl() {
            return baseUrl;
        }

        /** The demo experiment 서울역에 일일야학이 열렸다?!, found by its proposal (read through H2's auto server). */
        long nightSchoolId() throws Exception {
            try (Connection db = DriverManager.getConnection(jdbcUrl, "sa", "");
                    ResultSet rs = db.createStatement()
                            .executeQuery("select id from experiment where proposal_text like '지하철을 학교로%'")) {
                if (!rs.next()) {
                    throw new AssertionError("The demo workspace is missing in " + jdbcUrl);
                }
                return rs.getLong(1);
            }
        }

        /** The server process's CPU so far (user + system, all threads), from /proc: nothing runs in it to read it. */
        long cpuNanos() throws IOException {
            return cpuTicks(Path.of("/proc", String.valueOf(process.pid()))) * 1_000_000_000L / ticksPerSecond;
        }

        /** Used heap of the server after three full collections, over JMX. */
        long usedHeapAfterGc() throws IOException, InterruptedException {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(mbeans,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            for (int i = 0; i < 3; i++) {
                memory.gc();
                Thread.sleep(200);
            }
            return memory.getHeapMemoryUsage().getUsed();
        }

        /** Publishes a bare push in the server ({@link BenchmarkPing}). */
        void ping(long experimentId, long no) throws Exception {
            mbeans.invoke(new ObjectName(BenchmarkPing.OBJECT_NAME), "ping", new Object[] {experimentId, no},
                    new String[] {long.class.getName(), long.class.getName()});
        }

        @Override
        public void close() {
            try {
                jmx.close();
            } catch (IOException ignored) {
                // the process goes anyway
            }
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        static long clockTicksPerSecond() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
                String out = new String(getconf.getInputStream().readAllBytes()).trim();
                getconf.waitFor();
                return Long.parseLong(out);
            } catch (IOException | InterruptedException | NumberFormatException e) {
                return 100;
            }
        }

        private static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
