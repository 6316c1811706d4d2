package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.support.SignedIn;

/**
 * Every route and the named dialogs, for the owner, a planner, a partner guest and anonymous visitors, at desktop
 * (1366×900) and phone (390×844) sizes, scanned by axe-core: no serious or critical violation anywhere. The failure
 * lists each one as "who size page: impact rule at node — html". One app start; one browser per role and size.
 *
 * <p>Not yet in the default suite (its name does not end in IT, so {@code verify} and CI leave it out): it is not green
 * yet (issue 12 open). Run it by hand: {@code ./mvnw verify -Dit.test=AccessibilityAudit -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. Rename it to AccessibilityIT once it passes, so the build enforces it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityAudit {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private final AxeScan axe = new AxeScan();

    record Size(String name, int width, int height) {
    }

    static final Size DESKTOP = new Size("desktop", 1366, 900);
    static final Size PHONE = new Size("phone", 390, 844);

    /** A dialog: where it lives, how to open it, what shows it is open. */
    record Dialog(String name, String route, Consumer<Page> open) {
    }

    @Test
    void everyPageAndDialogHasNoSeriousOrCriticalViolation() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        long night = browsers.nightSchoolId();
        List<Long> experiments = db.queryForList("select id from experiment order by id", Long.class);

        // The owner sees everything: every route and dialog at desktop width, every route on a phone.
        Page owner = signedIn(BrowserSupport.OWNER, DESKTOP);
        scanGlobal(owner, "owner desktop");
        scanExperiment(owner, "owner desktop", night, db, true);
        for (long id : experiments) {
            if (id != night) {
                scanExperiment(owner, "owner desktop", id, db, false);
            }
        }
        for (Dialog dialog : dialogs(night, db)) {
            scanDialog(owner, "owner desktop", dialog);
        }
        Page ownerPhone = signedIn(BrowserSupport.OWNER, PHONE);
        scanGlobal(ownerPhone, "owner phone");
        scanExperiment(ownerPhone, "owner phone", night, db, true);
        for (Dialog dialog : dialogs(night, db)) {
            if (List.of("card", "event", "participant", "invite", "erase").contains(dialog.name())) {
                scanDialog(ownerPhone, "owner phone", dialog);
            }
        }
        // A planner and a partner guest: the pages that differ by role (read-only parts, hidden actions).
        Page planner = signedIn(BrowserSupport.PLANNER, DESKTOP);
        scanExperiment(planner, "planner desktop", night, db, false);
        scanDialog(planner, "planner desktop", cardDialog(night));
        for (Size size : List.of(DESKTOP, PHONE)) {
            Page guest = signedIn(BrowserSupport.PARTNER, size);
            scan(guest, "partner " + size.name(), "/");
            scanExperiment(guest, "partner " + size.name(), night, db, size == DESKTOP);
            scanDialog(guest, "partner " + size.name(), cardDialog(night));
            scanAnonymous(size, night, db);
        }

        List<String> problems = axe.problems();
        assertTrue(axe.scanned().size() > 50, "too few pages scanned: " + axe.scanned());
        assertTrue(problems.isEmpty(), problems.size() + " serious/critical axe violations on "
                + axe.scanned().size() + " scans:\n" + String.join("\n", problems));
    }

    private Page signedIn(String email, Size size) {
        Page page = browsers.newContext(o -> o.setViewportSize(size.width(), size.height()).setLocale("ko-KR"))
                .newPage();
        BrowserSupport.login(page, email, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();
        return page;
    }

    private void scan(Page page, String who, String route) {
        try {
            page.navigate(route);
            axe.scan(page, who + " " + route);
        } catch (RuntimeException | AssertionError e) {
            axe.unreachable(who + " " + route, new RuntimeException(e.getMessage()));
        }
    }

    private void scanGlobal(Page page, String who) {
        for (String route : List.of("/", "/account", "/admin", "/topics", "/topics/meeting")) {
            scan(page, who, route);
        }
        List<Long> candidates = browsers.bean(JdbcTemplate.class)
                .queryForList("select id from topic_candidate order by id limit 1", Long.class);
        candidates.forEach(c -> scan(page, who, "/topics/" + c));
    }

    /** Every tab of an experiment ({@code all}: also its sub-pages, people tabs, print lists and one survey's pages). */
    private void scanExperiment(Page page, String who, long id, JdbcTemplate db, boolean all) {
        String base = "/experiments/" + id;
        List<String> tails = all
                ? List.of("", "/board", "/schedule", "/people", "/people?tab=proposer", "/people?tab=staff",
                        "/people?tab=partners", "/people?tab=privacy", "/checkin", "/surveys",
                        "/surveys/observations", "/followup", "/followup/mail", "/people/print/no-filming",
                        "/people/print/sign-in")
                : List.of("", "/board", "/schedule", "/people", "/checkin", "/surveys", "/followup");
        for (String tail : tails) {
            scan(page, who, base + tail);
        }
        if (all) {
            for (long survey : db.queryForList("select id from survey where experiment_id = ? order by id limit 1",
                    Long.class, id)) {
                scan(page, who, base + "/surveys/" + survey + "/edit");
                scan(page, who, base + "/surveys/" + survey + "/results");
            }
        }
    }

    private void scanDialog(Page page, String who, Dialog dialog) {
        String where = who + " " + dialog.route() + " dialog " + dialog.name();
        try {
            page.navigate(dialog.route());
            AxeScan.settle(page);
            dialog.open().accept(page);
            page.waitForSelector("vaadin-dialog[opened], vaadin-confirm-dialog[opened]",
                    new Page.WaitForSelectorOptions().setState(
                            com.microsoft.playwright.options.WaitForSelectorState.ATTACHED).setTimeout(10_000));
            axe.scan(page, where);
        } catch (RuntimeException | AssertionError e) {
            axe.unreachable(where, new RuntimeException(e.getMessage()));
        }
    }

    static Dialog cardDialog(long night) {
        return new Dialog("card", "/experiments/" + night + "/board",
                p -> p.locator(".kanban-card .kanban-card-body").first().click());
    }

    private List<Dialog> dialogs(long night, JdbcTemplate db) {
        String base = "/experiments/" + night;
        long survey = db.queryForObject("select min(id) from survey where experiment_id = ?", Long.class, night);
        List<Dialog> list = new ArrayList<>(List.of(
                cardDialog(night),
                click("column", base + "/board", "#add-column"),
                click("template editor", base + "/board", "#edit-templates"),
                click("event", base + "/schedule", "#schedule-add"),
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
                click("new experiment", "/", "#new-experiment"),
                click("survey preview", base + "/surveys/" + survey + "/edit", "#preview-survey"),
                click("new candidate", "/topics", "#new-candidate"),
                click("candidate import", "/topics", "#import-candidates")));
        db.queryForList("select id from topic_candidate order by id limit 1", Long.class).forEach(c -> {
            list.add(click("candidate edit", "/topics/" + c, "#candidate-edit"));
            list.add(click("agency response", "/topics/" + c, "#agency-add"));
        });
        return list;
    }

    static Dialog click(String name, String route, String selector) {
        return new Dialog(name, route, p -> p.locator(selector).first().click());
    }

    /** Login, the public survey and retrospective forms, opt-out and invitation pages, all without an account. */
    private void scanAnonymous(Size size, long night, JdbcTemplate db) {
        Page page = browsers.newContext(o -> o.setViewportSize(size.width(), size.height()).setLocale("ko-KR"))
                .newPage();
        String who = "anonymous " + size.name();
        scan(page, who, "/login");
        for (String token : db.queryForList("select public_token from survey where experiment_id = ? order by id",
                String.class, night)) {
            scan(page, who, "/s/" + token);
        }
        scan(page, who, "/s/no-such-survey-token");
        String optOut = "a11y-opt-out-" + size.name() + "-" + System.nanoTime();
        db.update("insert into mail_opt_out_token (token_hash, email, created_at) values (?, ?, current_timestamp)",
                kr.silheomjang.mail.internal.Tokens.hash(optOut), "a11y@example.kr");
        scan(page, who, "/mail/opt-out/" + optOut);
        scan(page, who, "/mail/opt-out/not-a-token");
        String link = browsers.bean(SignedIn.class).as(BrowserSupport.OWNER, () -> browsers
                .bean(InvitationService.class).invite(night, "a11y-" + System.nanoTime() + "@example.kr",
                        MemberRole.PLANNER).link());
        String invite = link.substring(link.indexOf("/invite/"));
        scan(page, who, invite);
        scan(page, who, invite + "/sign-in");
        scan(page, who, "/invite/not-a-token");
    }
}
