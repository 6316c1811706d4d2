package kr.silheomjang.e2e;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) on what a page shows now and collects every serious or critical violation as
 * one line naming the page, the rule and the node, so one run lists everything that is wrong, not only the first.
 */
final class AxeScan {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /**
     * The WCAG tags, and violations only: passes and incomplete checks come back with one node each instead of every
     * node, which the page turned into JSON and Java read back on each scan (about 40% of a scan's time in
     * AccessibilityIT). Nothing here reads them.
     */
    private static final AxeRunOptions OPTIONS = options();

    private final Set<String> problems = new LinkedHashSet<>();
    private final List<String> scanned = new ArrayList<>();

    /** Scans the page as it is; {@code where} names it in the report (role, size, route, dialog). */
    void scan(Page page, String where) {
        long start = System.nanoTime();
        settle(page);
        AxeResults results = analyze(page);
        if (results.getError() != null || results.getErrorMessage() != null) {
            problems.add(where + ": axe did not run: " + results.getErrorMessage());
            return;
        }
        List<String> found = blocking(results, where);
        if (!found.isEmpty()) {
            // A finding counts only if it is still there once the page has stood still: twice in 200 CI runs a
            // dialog's content was caught at a part opacity that every settle check had missed. A real violation
            // does not go away in a second, so the second look costs coverage nothing and runs only on findings.
            page.waitForTimeout(1000);
            settle(page);
            List<String> again = blocking(analyze(page), where);
            found.stream().filter(p -> !again.contains(p))
                    .forEach(p -> System.out.println("axe   gone a second later, not counted: " + p));
            found = again;
        }
        scanned.add(where);
        problems.addAll(found);
        // progress in the build log: a long scan shows where it is
        System.out.println("axe " + where + ": " + found.size() + " serious/critical ("
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
        found.forEach(p -> System.out.println("axe   " + p));
    }

    // Legacy mode: axe.run in the page itself. The default (runPartial per frame, then finishRun in a new blank page
    // of a new context) injects the 0.5 MB script three times and opens a page per scan, for iframes that this app
    // does not have; it was most of a scan's time in AccessibilityIT's ~200 scans.
    private static AxeResults analyze(Page page) {
        return new AxeBuilder(page).options(OPTIONS).setLegacyMode(true).analyze();
    }

    private static List<String> blocking(AxeResults results, String where) {
        List<String> found = new ArrayList<>();
        if (results.getViolations() == null) {
            return found;
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (impact != null && BLOCKING.contains(impact)) {
                    found.add(where + ": " + impact + " " + rule.getId() + " at " + node.getTarget() + " — "
                            + abbreviate(node.getHtml()));
                }
            }
        }
        return found;
    }

    /** Waits until Vaadin answered and its components rendered: a half-drawn page gives false findings. */
    static void settle(Page page) {
        page.waitForFunction(SETTLED);
        page.waitForTimeout(150);
        // Again: a dialog's fade can start a frame after the first check passed; CI scanned one mid-fade twice
        // with a single check.
        page.waitForFunction(SETTLED);
    }

    // Vaadin's own idea of idle (no request under way), as TestBench waits for it, no overlay fading in or out:
    // text at part opacity gives a contrast nobody sees. The attribute sits on the dialog itself, in the page's DOM;
    // the animation runs two shadow roots down, out of document.getAnimations()' reach.
    private static final String SETTLED = "() => document.readyState === 'complete' && window.Vaadin"
            + " && window.Vaadin.Flow && window.Vaadin.Flow.clients && Object.values(window.Vaadin.Flow.clients)"
            + "   .every(c => !c.isActive || !c.isActive())"
            + " && !document.querySelector('[opening], [closing]')"
            // ... and no short animation or transition running in an open overlay (shadow roots included): a
            // field's label changes colour over 200 ms as its dialog gives it the focus, and CI once saw the line
            // dialog's content at a contrast nobody sees with the checks above. Only open overlays are walked (a
            // page's whole tree on every poll made the suite minutes slower); endless animations (a progress bar)
            // and long ones (a button's 1.4 s press fade) would only make the scan wait.
            + " && !(() => { const busy = root => !!root && (root.getAnimations().some(a => {"
            + "     const t = a.effect && a.effect.getComputedTiming();"
            + "     return (a.playState === 'running' || a.playState === 'pending') && t"
            + "         && t.iterations !== Infinity && t.duration <= 1000; })"
            + "   || Array.from(root.querySelectorAll('*')).some(e => busy(e.shadowRoot)));"
            + "   return Array.from(document.querySelectorAll('[opened]')).some(o => busy(o.shadowRoot)"
            + "     || Array.from(o.querySelectorAll('*')).some(e => busy(e.shadowRoot))); })()";

    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** Something that kept a page or dialog from being scanned: reported with the violations, not instead of them. */
    void unreachable(String where, RuntimeException e) {
        problems.add(where + ": could not be scanned: " + e.getMessage().lines().findFirst().orElse(""));
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    List<String> scanned() {
        return List.copyOf(scanned);
    }

    private static String abbreviate(String html) {
        String flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
