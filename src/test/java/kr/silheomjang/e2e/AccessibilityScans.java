package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.people.ApplicationDraft;
import kr.silheomjang.people.PublicRecruitmentService;
import kr.silheomjang.support.SignedIn;

/**
 * What the two accessibility audits share ({@link AccessibilityIT}: the owner at desktop size, in the dark scheme
 * and anonymous visitors at desktop size; {@link AccessibilityRolesIT}: the owner on a phone, planners, partner guests
 * and anonymous visitors on a phone): the lists of routes and dialogs, signing in, scanning by axe-core and the
 * verdict. Every route and the named dialogs, for every role, at desktop (1366×900) and phone (390×844) sizes, a few
 * in the dark scheme too: no serious or critical violation anywhere. The failure lists each one as "who size page:
 * impact rule at node — html"; a page or dialog that cannot be reached is a failure too. One browser per role and
 * size, signed in once.
 *
 * <p>Two classes so that the two test JVMs share the about 220 scans (decision note 0040): in one class they were
 * the suite's critical path, about 10 minutes in CI beside the other JVM (2026-12-06), and CI neared its 30 minutes.
 *
 * <p>A new page or dialog: add its route to {@link #OWNER_PAGES} (or {@link #TABS} when every member sees it), its
 * dialog to {@link #dialogs}, an anonymous page to {@link #scanAnonymous}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class AccessibilityScans {

    /** One per test class (its browser starts before the class and closes after it), and one app per JVM. */
    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    final AxeScan axe = new AxeScan();

    /**
     * What sticks out of a phone's screen, page by page ("who route: element[left-right] …"). Grids, the board and
     * other sideways-scrolling parts are left out: they scroll within the screen by design. The header's log-out
     * button and the mail page's texts once ran past the edge where nobody could reach or read them.
     */
    final List<String> sideways = new ArrayList<>();

    static final String STICKING_OUT = """
            () => {
              const width = window.innerWidth;
              const up = p => p.parentElement || (p.getRootNode() && p.getRootNode().host) || null;
              const scrollsWithin = e => {
                for (let p = up(e); p; p = up(p)) {
                  const o = getComputedStyle(p).overflowX;
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(o) && p.getBoundingClientRect().right <= width + 0.5) {
                    return true;
                  }
                }
                return false;
              };
              const out = [];
              for (const e of document.querySelectorAll('body *')) {
                if (!e.getClientRects().length || e.closest('vaadin-grid')) continue;
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > width + 0.5 && !scrollsWithin(e)) {
                  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '[' + Math.round(r.left) + '-'
                      + Math.round(r.right) + ']');
                }
              }
              return out.slice(0, 6).join(' ');
            }""";

    record Size(String name, int width, int height) {
    }

    static final Size DESKTOP = new Size("desktop", 1366, 900);
    static final Size PHONE = new Size("phone", 390, 844);

    /** Pages outside an experiment (the owner is also an administrator). */
    static final List<String> GLOBAL = List.of("/", "/account", "/admin", "/topics", "/topics/meeting", "/portfolio");

    /** An experiment's tabs, which every member reaches (after {@code /experiments/ID}). */
    static final List<String> TABS = List.of("", "/board", "/schedule", "/people", "/checkin", "/surveys",
            "/followup");

    /** The rest of an experiment's pages: sub-pages, people sub-tabs, print lists, follow-up pages. */
    static final List<String> OWNER_PAGES = List.of("/people?tab=proposer", "/people?tab=staff",
            "/people?tab=partners", "/people?tab=privacy", "/surveys/observations", "/followup/mail",
            "/followup/results", "/followup/report", "/followup/report/print", "/followup/archive",
            "/people/print/no-filming", "/people/print/sign-in", "/recruitment", "/cuesheet", "/cuesheet/print",
            "/today", "/budget");

    /** Seen again in the dark scheme (Lumo's dark colours and ours). */
    static final List<String> DARK = List.of("", "/board", "/schedule", "/people", "/checkin", "/followup/archive");

    /**
     * The dialogs issue 12 names (card, event, participant, survey builder, invite, erase, CSV import, template
     * editor), by who is offered them: each role and size opens every one its buttons allow. The survey builder is a
     * page ({@code /surveys/ID/edit}, scanned as a route) with its preview dialog; invite is the owner's, the template
     * editor the administrator's; a partner guest reads cards and events and edits nothing.
     */
    static final List<String> OWNER_DIALOGS = List.of("card", "event", "event (existing)", "participant",
            "survey preview", "invite", "erase", "csv import", "template editor");
    static final List<String> PLANNER_DIALOGS = List.of("card", "event", "event (existing)", "participant",
            "survey preview", "erase", "csv import");
    static final List<String> GUEST_DIALOGS = List.of("card", "event (existing)");

    /** A dialog: where it lives and how to open it. */
    record Dialog(String name, String route, Consumer<Page> open) {
    }

    /** The demo experiment's pages every scan starts from. */
    record Night(long id, String base, List<String> surveyPages, List<Dialog> dialogs) {
    }

    Night night() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        long night = browsers.nightSchoolId();
        String base = "/experiments/" + night;
        long survey = db.queryForObject("select min(id) from survey where experiment_id = ?", Long.class, night);
        return new Night(night, base, List.of(base + "/surveys/" + survey + "/edit", base + "/surveys/" + survey
                + "/results"), dialogs(night, db));
    }

    /** The verdict: enough scans made (a page list emptied by mistake fails) and no serious or critical one. */
    void assertNoSeriousOrCritical(int moreThan) {
        List<String> problems = axe.problems();
        assertTrue(axe.scanned().size() > moreThan, "too few pages scanned: " + axe.scanned());
        assertTrue(problems.isEmpty(), problems.size() + " serious/critical axe violations on "
                + axe.scanned().size() + " scans:\n" + String.join("\n", problems));
        assertTrue(sideways.isEmpty(), "sticking out of a phone's screen:\n" + String.join("\n", sideways));
    }

    /** On a phone-sized page: notes what runs past the screen's right edge (after axe has let the page settle). */
    void checkFits(Page page, String where) {
        if (page.viewportSize().width > PHONE.width()) {
            return;
        }
        String out = String.valueOf(page.evaluate(STICKING_OUT));
        if (!out.isEmpty()) {
            sideways.add(where + ": " + out);
        }
    }

    Browser.NewContextOptions options(Browser.NewContextOptions o, Size size, boolean dark) {
        o.setViewportSize(size.width(), size.height()).setLocale("ko-KR");
        return dark ? o.setColorScheme(ColorScheme.DARK) : o;
    }

    Page signedIn(String email, Size size, boolean dark) {
        Page page = browsers.newContext(o -> options(o, size, dark)).newPage();
        BrowserSupport.login(page, email, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        return page;
    }

    static List<String> prefixed(String base, List<String> tails) {
        return tails.stream().map(t -> base + t).toList();
    }

    void scanAll(Page page, String who, List<String> routes) {
        routes.forEach(route -> scan(page, who, route));
    }

    void scan(Page page, String who, String route) {
        try {
            page.navigate(route);
            axe.scan(page, who + " " + route);
            checkFits(page, who + " " + route);
        } catch (RuntimeException | AssertionError e) {
            axe.unreachable(who + " " + route, new RuntimeException(e.getMessage()));
        }
    }

    /** A topic candidate's page (screening, outreach, agency answers, decisions). */
    void scanCandidate(Page page, String who) {
        browsers.bean(JdbcTemplate.class).queryForList("select id from topic_candidate order by id limit 1", Long.class)
                .forEach(c -> scan(page, who, "/topics/" + c));
    }

    /** The named dialogs, each of which must exist in {@link #dialogs} (a typo is a failure, not a silent skip). */
    void scanDialogs(Page page, String who, List<Dialog> all, List<String> names) {
        for (String name : names) {
            all.stream().filter(d -> d.name().equals(name)).findFirst().ifPresentOrElse(
                    d -> scanDialog(page, who, d),
                    () -> axe.unreachable(who + " dialog " + name, new RuntimeException("no such dialog in the list")));
        }
    }

    void scanDialog(Page page, String who, Dialog dialog) {
        String where = who + " " + dialog.route() + " dialog " + dialog.name();
        try {
            page.navigate(dialog.route());
            AxeScan.settle(page);
            dialog.open().accept(page);
            page.waitForSelector("vaadin-dialog[opened], vaadin-confirm-dialog[opened]",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(10_000));
            axe.scan(page, where);
            checkFits(page, where);
        } catch (RuntimeException | AssertionError e) {
            axe.unreachable(where, new RuntimeException(e.getMessage()));
        }
    }

    static Dialog cardDialog(long night) {
        return new Dialog("card", "/experiments/" + night + "/board",
                p -> p.locator(".kanban-card .kanban-card-body").first().click());
    }

    /** Every dialog the owner can open (add a new one here). */
    List<Dialog> dialogs(long night, JdbcTemplate db) {
        String base = "/experiments/" + night;
        long survey = db.queryForObject("select min(id) from survey where experiment_id = ?", Long.class, night);
        List<Dialog> list = new ArrayList<>(List.of(
                cardDialog(night),
                click("column", base + "/board", "#add-column"),
                click("template editor", base + "/board", "#edit-templates"),
                click("event", base + "/schedule", "#schedule-add"),
                // an existing event opens read-only for a partner guest (this month holds the demo's events)
                click("event (existing)", base + "/schedule", ".schedule-chip[data-event-id]"),
                click("schedule template", base + "/schedule", "#schedule-template"),
                click("feed", base + "/schedule", "#schedule-feed"),
                click("participant", base + "/people", "#add-participant"),
                click("csv import", base + "/people", "#import-csv"),
                new Dialog("erase", base + "/people", p -> {
                    // the first row's selection box (the one before it selects all)
                    p.locator("#participants-grid vaadin-checkbox").nth(1).click();
                    p.locator("#erase-participant").click();
                }),
                click("staff", base + "/people?tab=staff", "#add-staff"),
                click("partner", base + "/people?tab=partners", "#add-partner"),
                click("walk-in", base + "/checkin", "#checkin-walkin"),
                click("invite", base, "#invite-member"),
                click("experiment form", base, "#edit-experiment"),
                click("stage move", base, "#next-stage"),
                click("archive item", base + "/followup/archive", "#archive-add"),
                click("close experiment", base + "/followup", "#followup-close"), // opened, never confirmed
                click("new experiment", "/", "#new-experiment"),
                click("survey preview", base + "/surveys/" + survey + "/edit", "#preview-survey"),
                // the question before a survey is deleted (with its answers): opened, never confirmed
                click("survey delete", base + "/surveys", "vaadin-button.survey-delete"),
                // the question before a comment is deleted (the owner may delete any): opened, never confirmed
                new Dialog("comment delete", base + "/board", p -> {
                    p.locator(".kanban-card[aria-label=\"섭외\"] .kanban-card-body").click();
                    p.locator("#card-comments .card-delete-comment").first().click();
                    p.locator("#comment-delete-question[opened]").waitFor(
                            new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
                }),
                // an administrator's question before deleting another account (not their own: no button there)
                click("account delete", "/admin", "vaadin-button.delete-account-button:not([hidden])"),
                click("new candidate", "/topics", "#new-candidate"),
                click("candidate import", "/topics", "#import-candidates")));
        db.queryForList("select id from topic_candidate order by id limit 1", Long.class).forEach(c ->
                list.add(click("candidate edit", "/topics/" + c, "#candidate-edit")));
        return list;
    }

    static Dialog click(String name, String route, String selector) {
        return new Dialog(name, route, p -> p.locator(selector).first().click());
    }

    /**
     * Without an account: login, the public surveys, opt-out, invitation and public results pages (a fresh address
     * for each run: only hashes are stored).
     */
    void scanAnonymous(Size size, boolean dark, long night, JdbcTemplate db) {
        Page page = browsers.newContext(o -> options(o, size, dark)).newPage();
        String who = "anonymous " + size.name() + (dark ? " dark" : "");
        scan(page, who, "/login");
        for (String token : db.queryForList("select public_token from survey where experiment_id = ? order by id",
                String.class, night)) {
            scan(page, who, "/s/" + token);
        }
        if (dark) {
            return;
        }
        scan(page, who, "/s/no-such-survey-token");
        String optOut = "a11y-opt-out-" + size.name() + "-" + System.nanoTime();
        db.update("insert into mail_opt_out_token (token_hash, email, created_at) values (?, ?, current_timestamp)",
                kr.silheomjang.mail.internal.Tokens.hash(optOut), "a11y@example.kr");
        scan(page, who, "/mail/opt-out/" + optOut);
        scan(page, who, "/mail/opt-out/not-a-token");
        SignedIn signedIn = browsers.bean(SignedIn.class);
        String link = signedIn.as(BrowserSupport.OWNER, () -> browsers.bean(InvitationService.class)
                .invite(night, "a11y-" + System.nanoTime() + "@example.kr", MemberRole.PLANNER).link());
        String invite = link.substring(link.indexOf("/invite/"));
        scan(page, who, invite);
        scan(page, who, invite + "/sign-in");
        scan(page, who, "/invite/not-a-token");
        String results = signedIn.as(BrowserSupport.OWNER, () -> {
            ResultsPageService pages = browsers.bean(ResultsPageService.class);
            var settings = pages.settings(night);
            return settings.enabled() ? pages.newAddress(night, settings.version()) : pages.enable(night);
        });
        scan(page, who, results.substring(results.indexOf("/r/")));
        scan(page, who, "/r/" + "x".repeat(43));
        // Recruitment: the open sign-up form, and one applicant's personal link (made as the form makes it).
        String form = db.queryForObject("select public_token from recruitment where experiment_id = ?", String.class,
                night);
        scan(page, who, "/join/" + form);
        scan(page, who, "/join/" + "w".repeat(43));
        var recruitment = browsers.bean(PublicRecruitmentService.class);
        var draft = new ApplicationDraft("접근성" + size.name(), "010-5050-" + (1000 + System.nanoTime() % 9000),
                null, recruitment.open(form).questions().stream().map(q -> "답변").toList(),
                recruitment.open(form).noticeVersion(), false);
        String personal = recruitment.apply(form, draft, "127.0.0.1", "a11y-" + size.name());
        scan(page, who, personal.substring(personal.indexOf("/rsvp/")));
        scan(page, who, "/rsvp/" + "z".repeat(43));
    }
}
