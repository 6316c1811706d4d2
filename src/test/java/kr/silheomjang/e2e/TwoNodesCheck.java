package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * Run by {@code scripts/two-nodes.sh} (not by the suite): two browsers through the load balancer, each stuck to a
 * different node by its cookie. The owner on one node moves a card; the planner on the other node sees it move, and
 * each sees the other in the presence bar. Exits non-zero when anything fails.
 *
 * <p>Then, when given the folder with the pid files of each node's own Redis proxy ({@code redis-a.pid},
 * {@code redis-b.pid}), it cuts the owner's node off Redis and has the owner remove the partner guest, whose board is
 * open on the other node: that node never hears the removal through Redis, and its own check of its open pages
 * ({@code AccessRecheck}) must make the guest's board leave within seconds.
 *
 * <p>Arguments: the load balancer's base URL, the experiment id of the demo board and, optionally, that folder.
 */
public final class TwoNodesCheck {

    private TwoNodesCheck() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        long experimentId = args.length > 1 ? Long.parseLong(args[1]) : 1;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(BrowserSupport.CHROMIUM)
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            BrowserSupport.patientAssertions();
            Page owner = signedIn(browser, base, BrowserSupport.OWNER);
            Page planner = signedIn(browser, base, BrowserSupport.PLANNER);
            String ownerNode = node(owner);
            String plannerNode = node(planner);
            System.out.printf("owner on node %s, planner on node %s%n", ownerNode, plannerNode);
            if (ownerNode.equals(plannerNode)) {
                throw new AssertionError("both browsers landed on node " + ownerNode + ": the balancer does not alternate");
            }

            PlanningBoardIT.openBoard(owner, experimentId);
            PlanningBoardIT.openBoard(planner, experimentId);
            // Presence across nodes: each bar shows both people although each node serves only one of them.
            assertThat(owner.locator("#presence")).hasAttribute("data-present", Pattern.compile(".*이준비.*"),
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(planner.locator("#presence")).hasAttribute("data-present", Pattern.compile(".*김기획.*"),
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));

            Locator first = owner.locator(".kanban-column:nth-child(1) .kanban-card").first();
            String title = first.getAttribute("aria-label");
            long start = System.nanoTime();
            // The card's move menu, as PlanningBoardIT does: the same server call as a drag or Alt+arrow.
            first.locator(".kanban-card-menu").click();
            first.locator("[data-move=RIGHT]").click();
            assertThat(PlanningBoardIT.card(owner, 2, title)).isVisible();
            assertThat(PlanningBoardIT.card(planner, 2, title)).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
            System.out.printf("moved '%s' on node %s; visible on node %s after %d ms%n", title, ownerNode,
                    plannerNode, (System.nanoTime() - start) / 1_000_000);
            planner.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve(
                    "two-nodes-planner-sees-move.png")).setFullPage(true));
            if (args.length > 2) {
                removalWhileCutOff(browser, base, experimentId, owner, ownerNode, plannerNode,
                        java.nio.file.Path.of(args[2]));
            }
            System.out.println("TWO NODES OK");
        }
    }

    private static void removalWhileCutOff(Browser browser, String base, long experimentId, Page owner,
            String ownerNode, String otherNode, java.nio.file.Path pids) {
        Page partner = signedIn(browser, base, BrowserSupport.PARTNER, otherNode);
        if (!node(partner).equals(otherNode)) {
            throw new AssertionError("the partner was not kept on node " + otherNode);
        }
        PlanningBoardIT.openBoard(partner, experimentId);
        assertThat(owner.locator("#presence")).hasAttribute("data-present", Pattern.compile(".*박협력.*"),
                new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));

        long proxy;
        try {
            proxy = Long.parseLong(java.nio.file.Files.readString(pids.resolve("redis-" + ownerNode + ".pid")).trim());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ProcessHandle.of(proxy).orElseThrow(() -> new AssertionError("no Redis proxy " + proxy)).destroy();
        // The owner's node notices within its probe's three seconds, and its pages say so.
        assertThat(owner.locator("#live-offline"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        System.out.printf("node %s cut off from Redis%n", ownerNode);

        owner.navigate("/experiments/" + experimentId);
        owner.locator("#members .member-row[data-email='" + BrowserSupport.PARTNER + "'] .remove-member").click();
        owner.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("내보내기").setExact(true)).click();
        long start = System.nanoTime();
        assertThat(owner.locator("#members .member-row[data-email='" + BrowserSupport.PARTNER + "']")).hasCount(0);
        // Not through Redis: node b hears nothing of node a now. Its own check of its open pages finds the removal.
        partner.waitForURL(url -> !url.contains("/experiments/"), new Page.WaitForURLOptions().setTimeout(20_000));
        System.out.printf("partner removed on cut-off node %s; their board on node %s left after %d ms%n", ownerNode,
                otherNode, (System.nanoTime() - start) / 1_000_000);
        assertThat(partner.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("이 실험장에서 제외되어"))).isVisible();
        partner.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve(
                "two-nodes-removed-guest-left.png")).setFullPage(true));
    }

    private static Page signedIn(Browser browser, String base, String email) {
        return signedIn(browser, base, email, null);
    }

    /** Signs in through the balancer; with a node name, the balancer's cookie is set first to keep it there. */
    private static Page signedIn(Browser browser, String base, String email, String onNode) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBaseURL(base)
                .setViewportSize(1366, 900).setLocale("ko-KR"));
        if (onNode != null) {
            context.addCookies(List.of(new com.microsoft.playwright.options.Cookie("SILHEOMJANG_NODE", onNode)
                    .setUrl(base)));
        }
        Page page = context.newPage();
        BrowserSupport.login(page, email, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        return page;
    }

    /** The node the balancer's cookie sticks this browser to. */
    private static String node(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("SILHEOMJANG_NODE"))
                .map(c -> c.value).findFirst()
                .orElseThrow(() -> new AssertionError("no SILHEOMJANG_NODE cookie: not behind the balancer?"));
    }
}
