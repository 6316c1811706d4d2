package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Shared launch and login helpers for the real-browser tests: Debian's Chromium driven by Playwright against the app
 * that {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} started. Register it as
 * {@code @RegisterExtension static final BrowserSupport browsers = new BrowserSupport();}: it launches Chromium once
 * per test class, closes every browser context after each test (screenshotting its pages first when the test failed)
 * and closes Chromium after the class. A missing Chromium fails the test loudly; it never skips.
 */
final class BrowserSupport implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String DEMO_PASSWORD = "demo1234";
    static final String OWNER = "owner@demo.kr";
    static final String PLANNER = "planner@demo.kr";
    static final String PARTNER = "partner@demo.kr";
    /** Wait for Vaadin to boot a view after navigation: generous, since CI has 2 cores shared with the server. */
    static final double PAGE_TIMEOUT_MS = 20_000;

    private Playwright playwright;
    private Browser browser;
    private ApplicationContext app;
    private String baseUrl;
    /** A server outside this JVM (e.g. the prod jar a benchmark started), asked for its address when first used. */
    private final Supplier<String> externalServer;
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** Against the app this test class's {@code @SpringBootTest} started. */
    BrowserSupport() {
        this(null);
    }

    /** Against a server in another process; {@code baseUrl} is asked once, when the first browser opens. */
    BrowserSupport(Supplier<String> baseUrl) {
        this.externalServer = baseUrl;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError(CHROMIUM + " is missing: install Debian's chromium package "
                    + "(apt-get install chromium). The real-browser tests never skip.");
        }
        if (externalServer == null) {
            app = SpringExtension.getApplicationContext(extension);
            String port = app.getEnvironment().getProperty("local.server.port");
            if (port == null) {
                throw new AssertionError("No server port: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
            }
            baseUrl = "http://localhost:" + port;
        }
        patientAssertions();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        boolean failed = extension.getExecutionException().isPresent();
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                if (failed) {
                    try {
                        screenshot(page, "FAILED-" + extension.getRequiredTestMethod().getName() + "-" + (++n));
                    } catch (RuntimeException ignored) {
                        // the page may be the broken part; the test's own failure is what matters
                    }
                }
            }
            context.close();
        }
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (playwright != null) {
                playwright.close();
            }
        }
    }

    /**
     * Assertions about a page appearing wait as long as page actions do: on a busy 2-core machine the first render can
     * take more than Playwright's default 5 s. Assertions about live latency pass their own short timeouts.
     */
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(PAGE_TIMEOUT_MS);
    }

    String baseUrl() {
        if (baseUrl == null && externalServer != null) {
            baseUrl = externalServer.get();
        }
        return baseUrl;
    }

    /**
     * The suite runs the app in development mode with its development tools switched off, and Vaadin's development
     * bundle then polls every 10 ms, for the page's whole life, for a tools connection that never comes (note 0055):
     * 7–15 ms of main thread per second on every open page, idle or not, measured on the board. A stand-in connection
     * that accepts and drops what the bundle sends ends the poll at once (1–2 ms in 5 s idle). Only the tools' own
     * telemetry goes through it; the app's pages and Vaadin's client never look at it.
     */
    private static final String DEV_TOOLS_STANDIN = "window.Vaadin = window.Vaadin || {};"
            + " window.Vaadin.devTools = window.Vaadin.devTools"
            + "   || {frontendConnection: {status: 'active', canSend: true, send() {}}};";

    /** A fresh, isolated browser (own cookies) that prefers US English, as a visitor's browser might. */
    BrowserContext newContext() {
        return newContext(options -> {
        });
    }

    /** Same, with changed options, e.g. a phone's viewport. */
    BrowserContext newContext(Consumer<Browser.NewContextOptions> tweak) {
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setLocale("en-US")
                .setTimezoneId("Asia/Seoul")
                .setViewportSize(1280, 900);
        tweak.accept(options);
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(PAGE_TIMEOUT_MS);
        context.addInitScript(DEV_TOOLS_STANDIN);
        contexts.add(context);
        return context;
    }

    /** A new browser with {@code email} (a demo account) logged in, showing the experiment list. */
    Page loggedIn(String email) {
        return loggedIn(email, DEMO_PASSWORD);
    }

    /** A new browser with {@code email} logged in with {@code password}, showing the experiment list. */
    Page loggedIn(String email, String password) {
        Page page = newContext().newPage();
        login(page, email, password);
        assertThat(page.locator("#experiments-grid")).isVisible();
        return page;
    }

    /** An experiment of its own: its new owner and new planner, both with {@link Teams#PASSWORD}. */
    record OwnTeam(long experimentId, String owner, String planner) {
    }

    /**
     * A new experiment titled {@code title}, created by a new owner named {@code ownerName} who invites a new planner
     * named {@code plannerName}: nothing another test class did in this Spring context (a moved card, a page left
     * open) shows in it.
     */
    OwnTeam ownTeam(String title, String ownerName, String plannerName) {
        String tag = Long.toString(System.nanoTime(), 36);
        String owner = "owner-" + tag + "@test.kr";
        String planner = "planner-" + tag + "@test.kr";
        bean(AccountService.class).createAccount(owner, ownerName, Teams.PASSWORD);
        bean(AccountService.class).createAccount(planner, plannerName, Teams.PASSWORD);
        long id = bean(SignedIn.class).as(owner, () -> bean(ExperimentService.class).create(Drafts.valid(title)));
        bean(Teams.class).join(owner, id, planner, MemberRole.PLANNER);
        return new OwnTeam(id, owner, planner);
    }

    /** The demo experiment 서울역에 일일야학이 열렸다?!, found by its proposal (tests may rename it). */
    long nightSchoolId() {
        return app.getBean(JdbcTemplate.class)
                .queryForObject("select id from experiment where proposal_text like '지하철을 학교로%'", Long.class);
    }

    /** Its title as stored now. */
    String titleOf(long experimentId) {
        return app.getBean(JdbcTemplate.class)
                .queryForObject("select title from experiment where id = ?", String.class, experimentId);
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /** Submits the login form; the caller asserts where it lands. */
    static void login(Page page, String email, String password) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    /** Opens an experiment's overview and waits until Vaadin rendered it, presence included. */
    static void openExperiment(Page page, long experimentId) {
        page.navigate("/experiments/" + experimentId);
        assertThat(page.locator("#experiment-title")).not().isEmpty();
        assertThat(page.locator("#presence")).hasAttribute("data-present", Pattern.compile(".+"));
    }

    /** Types into a Vaadin text, email or password field (its native input) and leaves it, so the value syncs. */
    static void fillField(Page page, String fieldSelector, String value) {
        Locator input = page.locator(fieldSelector + " input");
        input.fill(value);
        input.press("Tab");
    }

    /** The step the stage tracker marks as current. */
    static Locator currentStage(Page page) {
        return page.locator("#stage-tracker .stage-step.current");
    }

    static LocatorAssertions.HasTextOptions textWithin(double millis) {
        return new LocatorAssertions.HasTextOptions().setTimeout(millis);
    }

    static LocatorAssertions.HasAttributeOptions attributeWithin(double millis) {
        return new LocatorAssertions.HasAttributeOptions().setTimeout(millis);
    }

    /** Full-page screenshot into target/screenshots, to look at what the test claims. */
    static Path screenshot(Page page, String name) {
        Path path = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }
}
