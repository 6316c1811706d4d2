package kr.silheomjang.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Loads public pages the way a phone at a busy venue would (issue 17): Chromium through Playwright, the network held
 * to Lighthouse's mobile profile with {@code Network.emulateNetworkConditions} (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up) and the CPU slowed four times with {@code Emulation.setCPUThrottlingRate}. For each page: a first
 * visit with an empty cache, then a repeat visit in the same browser. Transfer size is what crossed the wire (encoded
 * bytes, headers included, as DevTools counts it), requests are every HTTP request the page made, FCP and LCP come from
 * the page's own performance entries. Figures are printed, never asserted: a 2-core machine shared with a server and
 * other builds makes them move.
 *
 * <p>Run against a running app: {@code java -cp ... kr.silheomjang.e2e.PhonePageBenchmark http://localhost:8094
 * /s/TOKEN /login}; {@link PublicPagesBenchmarkIT} starts the app and finds the addresses itself.
 */
public final class PhonePageBenchmark {

    /** Targets from the issue. */
    static final long FIRST_VISIT_MAX_BYTES = 350 * 1024;
    static final long REPEAT_VISIT_MAX_BYTES = 60 * 1024;
    static final double LCP_MAX_MS = 2500;

    /** One page to load: a name for the table, the path, and a selector that appears when the view is rendered. */
    public record Target(String name, String path, String ready) {
    }

    /** One visit's figures. */
    public record Visit(long bytes, int requests, double fcpMs, double lcpMs, List<String> failed) {
    }

    public record Result(Target target, Visit first, Visit repeat) {
    }

    private PhonePageBenchmark() {
    }

    public static List<Result> run(Browser browser, String baseUrl, List<Target> targets) {
        List<Result> results = new ArrayList<>();
        for (Target target : targets) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setBaseURL(baseUrl).setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                    .setDeviceScaleFactor(2).setLocale("ko-KR").setTimezoneId("Asia/Seoul"));
            try {
                Page page = context.newPage();
                page.setDefaultTimeout(60_000);
                CDPSession cdp = context.newCDPSession(page);
                Meter meter = new Meter(cdp);
                cdp.send("Network.enable");
                JsonObject network = new JsonObject();
                network.addProperty("offline", false);
                network.addProperty("latency", 150);
                network.addProperty("downloadThroughput", 1_638_400 / 8);
                network.addProperty("uploadThroughput", 750_000 / 8);
                cdp.send("Network.emulateNetworkConditions", network);
                JsonObject cpu = new JsonObject();
                cpu.addProperty("rate", 4);
                cdp.send("Emulation.setCPUThrottlingRate", cpu);
                Visit first = visit(page, meter, target);
                // Away and back, as someone opening the link again: a normal navigation, not a reload (a reload
                // revalidates every file and measures the reload button, not the cache).
                page.navigate("about:blank");
                Visit repeat = visit(page, meter, target);
                results.add(new Result(target, first, repeat));
            } finally {
                context.close();
            }
        }
        return results;
    }

    private static Visit visit(Page page, Meter meter, Target target) {
        meter.reset();
        page.navigate(target.path());
        page.locator(target.ready()).first().waitFor();
        // Late requests (fonts, the stylesheets Vaadin adds after the first response) and the final LCP candidate.
        page.waitForTimeout(1500);
        @SuppressWarnings("unchecked")
        List<Number> paints = (List<Number>) page.evaluate("""
                () => new Promise(resolve => {
                  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                  let lcp = -1;
                  new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = e.startTime; })
                    .observe({type: 'largest-contentful-paint', buffered: true});
                  setTimeout(() => resolve([fcp ? fcp.startTime : -1, lcp]), 200);
                })""");
        if (Boolean.getBoolean("benchmark.verbose")) {
            meter.dump(target.path());
        }
        return new Visit(meter.bytes(), meter.requests(), paints.get(0).doubleValue(), paints.get(1).doubleValue(),
                meter.failed());
    }

    /** Counts what the DevTools network panel would show for one navigation. */
    private static final class Meter {
        private final Map<String, Long> bytes = new ConcurrentHashMap<>();
        private final Map<String, String> urls = new ConcurrentHashMap<>();
        private final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());

        Meter(CDPSession cdp) {
            cdp.on("Network.requestWillBeSent", e -> {
                String url = e.getAsJsonObject("request").get("url").getAsString();
                if (url.startsWith("http")) {
                    urls.put(e.get("requestId").getAsString(), url);
                }
            });
            cdp.on("Network.responseReceived", e -> {
                int status = e.getAsJsonObject("response").get("status").getAsInt();
                if (status >= 400) {
                    failed.add(status + " " + e.getAsJsonObject("response").get("url").getAsString());
                }
            });
            cdp.on("Network.loadingFinished", e -> bytes.merge(e.get("requestId").getAsString(),
                    e.get("encodedDataLength").getAsLong(), Long::sum));
            cdp.on("Network.loadingFailed", e -> {
                if (!e.has("canceled") || !e.get("canceled").getAsBoolean()) {
                    String id = e.get("requestId").getAsString();
                    failed.add(e.get("errorText").getAsString() + " " + urls.getOrDefault(id, id));
                }
            });
        }

        void reset() {
            bytes.clear();
            urls.clear();
            failed.clear();
        }

        long bytes() {
            return bytes.entrySet().stream().filter(e -> urls.containsKey(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        void dump(String page) {
            urls.forEach((id, url) -> System.out.printf(Locale.ROOT, "  %s %8d %s%n", page,
                    bytes.getOrDefault(id, -1L), url));
        }

        int requests() {
            return urls.size();
        }

        List<String> failed() {
            return List.copyOf(failed);
        }
    }

    /** The table printed by the benchmark, each figure next to its target. */
    public static String report(List<Result> results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "public pages on a phone (390x844, 150 ms RTT, 1.6 Mbit/s, CPU x4); targets: first <= %d KiB, "
                        + "repeat <= %d KiB, LCP <= %.1f s%n", FIRST_VISIT_MAX_BYTES / 1024,
                REPEAT_VISIT_MAX_BYTES / 1024, LCP_MAX_MS / 1000));
        out.append(String.format(Locale.ROOT, "%-14s %-7s %10s %9s %8s %8s  %s%n", "page", "visit", "transfer",
                "requests", "FCP", "LCP", "vs target"));
        for (Result r : results) {
            line(out, r.target().name(), "first", r.first(), FIRST_VISIT_MAX_BYTES);
            line(out, "", "repeat", r.repeat(), REPEAT_VISIT_MAX_BYTES);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, String visit, Visit v, long maxBytes) {
        String verdict = (v.bytes() <= maxBytes ? "size ok" : "size OVER")
                + (v.lcpMs() >= 0 && v.lcpMs() <= LCP_MAX_MS ? ", LCP ok" : ", LCP OVER")
                + (v.failed().isEmpty() ? "" : ", failed: " + v.failed());
        out.append(String.format(Locale.ROOT, "%-14s %-7s %7.1f KiB %9d %6.2f s %6.2f s  %s%n", name, visit,
                v.bytes() / 1024.0, v.requests(), v.fcpMs() / 1000, v.lcpMs() / 1000, verdict));
    }

    /** {@code PhonePageBenchmark BASE_URL PATH...}: measures pages of an app that is already running. */
    public static void main(String[] args) {
        List<Target> targets = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            targets.add(new Target(args[i].length() > 14 ? args[i].substring(0, 14) : args[i], args[i], "h1, h2"));
        }
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(BrowserSupport.CHROMIUM)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            System.out.print(report(run(browser, args[0], targets)));
        }
    }
}
