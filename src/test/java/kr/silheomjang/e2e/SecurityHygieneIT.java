package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.fillField;
import static kr.silheomjang.e2e.BrowserSupport.login;
import static kr.silheomjang.e2e.BrowserSupport.openExperiment;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.SignedIn;

/**
 * Issue 20 in a real browser: every page works under the Content-Security-Policy with no violation reported; unknown
 * pages answer 404; a password change signs the person out everywhere else; an invitation for an existing account is
 * accepted signed in, with one click and no password on the invitation page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHygieneIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** Collects CSP violations the page reports, from the console and from the DOM event. */
    static List<String> watchViolations(Page page) {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Refused to (CSP) ' + e.violatedDirective + ' ' + e.blockedURI));");
        return violations;
    }

    @Test
    void everyPageWorksUnderTheContentSecurityPolicy() {
        long id = browsers.nightSchoolId();
        Page page = browsers.newContext().newPage();
        List<String> violations = watchViolations(page);
        Response loginPage = page.navigate("/login");
        assertTrue(loginPage.headers().get("content-security-policy").contains("frame-ancestors 'none'"));
        login(page, OWNER, BrowserSupport.DEMO_PASSWORD);
        assertThat(page.locator("#experiments-grid")).isVisible();

        openExperiment(page, id);
        page.locator("#invite-member").click();
        assertThat(page.locator("#invite-email")).isVisible();
        page.keyboard().press("Escape");
        List<String> visited = new ArrayList<>();
        for (String section : List.of("board", "schedule", "people", "surveys", "checkin")) {
            Response r = page.navigate("/experiments/" + id + "/" + section);
            visited.add(section + "=" + r.status());
            assertThat(page.locator("#experiment-title")).not().isEmpty();
        }
        page.navigate("/experiments/" + id + "/surveys");
        assertThat(page.locator(".survey-qr").first()).isVisible();
        // The QR code image really rendered (a blocked image has no natural width).
        page.waitForFunction("() => { const i = document.querySelector('.survey-qr'); return i && i.naturalWidth > 0; }");
        assertThat(page.locator(".base-url-warning").first()).isVisible();
        screenshot(page, "csp-1-surveys-with-qr-and-base-url-warning");
        page.navigate("/account");
        assertThat(page.locator("#change-password")).isVisible();
        assertEquals(List.of(), violations, "CSP violations after visiting " + visited);

        // Signed in (same cookies): near misses of the feed address are 404, not a page with 200, and so are unknown
        // pages, with a Korean page (Vaadin's own default would be 403 and English).
        assertEquals(404, page.request().get("/ical/" + id + "/feed").status());
        assertEquals(404, page.request().get("/ical/" + id).status());
        for (String unknown : List.of("/no-such-page", "/experiments/" + id + "/no-such-tab")) {
            Response r = page.navigate(unknown);
            assertEquals(404, r.status(), unknown);
            assertThat(page.locator("#page-not-found")).containsText("페이지를 찾을 수 없습니다");
        }
        screenshot(page, "csp-2-unknown-page-404");
        assertEquals(List.of(), violations, "CSP violations on the not-found page");
    }

    @Test
    void changingThePasswordSignsThePersonOutEverywhereElse() {
        String email = "sessions" + System.nanoTime() + "@demo.kr";
        browsers.bean(AccountService.class).createAccount(email, "세션시험", "old-password-1");
        Page laptop = browsers.newContext().newPage();
        login(laptop, email, "old-password-1");
        assertThat(laptop.locator("#experiments-grid")).isVisible();
        Page phone = browsers.newContext().newPage();
        login(phone, email, "old-password-1");
        assertThat(phone.locator("#experiments-grid")).isVisible();

        laptop.navigate("/account");
        fillField(laptop, "#current-password", "old-password-1");
        fillField(laptop, "#new-password", "new-password-2");
        fillField(laptop, "#repeat-password", "new-password-2");
        laptop.locator("#change-password").click();
        assertThat(laptop.locator("vaadin-notification-card").last()).containsText("로그아웃했습니다");
        screenshot(laptop, "sessions-1-password-changed");

        // The other browser is signed out: its next page is the sign-in page.
        phone.navigate("/");
        phone.waitForURL("**/login**");
        assertThat(phone.locator("#login-form")).isVisible();
        // The browser where the change was made stays signed in.
        laptop.navigate("/");
        assertThat(laptop.locator("#experiments-grid")).isVisible();
        // And the new password is the one that works.
        login(phone, email, "new-password-2");
        assertThat(phone.locator("#experiments-grid")).isVisible();
    }

    @Test
    void anExistingAccountAcceptsAnInvitationSignedInWithOneClick() {
        long id = browsers.nightSchoolId();
        String title = browsers.titleOf(id);
        String email = "invitee" + System.nanoTime() + "@demo.kr";
        browsers.bean(AccountService.class).createAccount(email, "기존계정", "invitee-pass-1");
        String link = browsers.bean(SignedIn.class).as(OWNER,
                () -> browsers.bean(InvitationService.class).invite(id, email, MemberRole.PLANNER).link());
        String path = URI.create(link).getPath();

        Page page = browsers.newContext().newPage();
        page.navigate(path);
        assertThat(page.locator("#invitation-message")).containsText(title);
        // No password field for an existing account on the invitation page: only the way to sign in.
        assertThat(page.locator("#invitee-password")).isHidden();
        assertThat(page.locator("#accept-invitation")).isHidden();
        screenshot(page, "invite-existing-1-sign-in-first");
        page.locator("#sign-in-to-accept").click();
        page.waitForURL("**/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill("invitee-pass-1");
        page.locator("vaadin-button[slot=submit]").click();

        // Back on the invitation, signed in: one click joins.
        assertThat(page.locator("#invitation-message")).containsText("로그인되어 있습니다");
        screenshot(page, "invite-existing-2-one-click");
        page.locator("#accept-invitation").click();
        assertThat(page.locator("#experiment-title")).hasText(title);
        page.waitForURL("**/experiments/" + id);
    }
}
