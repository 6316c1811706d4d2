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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The whole invitation round trip as two people do it in their browsers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvitationIT {

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @Test
    void ownerInvitesAPartnerGuestWhoJoinsThroughTheLinkAndSeesOnlyThatExperiment() {
        long id = browsers.nightSchoolId();
        String title = browsers.titleOf(id);
        String email = "guest" + System.nanoTime() + "@partner.example";
        String password = "야학협력-2026!";

        // The owner creates the link for a partner guest.
        Page owner = browsers.loggedIn(OWNER);
        openExperiment(owner, id);
        owner.locator("#invite-member").click();
        fillField(owner, "#invite-email", email);
        owner.locator("#invite-role vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("협력기관 게스트"))
                .locator("input").check();
        owner.locator("#send-invite").click();
        Locator linkField = owner.locator("#invite-link");
        assertThat(linkField).isVisible();
        String link = (String) linkField.evaluate("field => field.value");
        assertThat(owner.locator("#invite-result")).containsText(email);
        assertThat(owner.locator("#pending-invitations")).containsText(email);
        assertThat(owner.locator("#pending-invitations")).containsText("협력기관 게스트");
        screenshot(owner, "invite-1-owner-has-link");
        owner.keyboard().press("Escape");

        // The link is single-use and points at this app's invitation view. Its origin comes from
        // silheomjang.base-url, which is the configured port, not the random one this test runs on: open its path.
        URI uri = URI.create(link);
        assertTrue(uri.getPath().matches("/invite/[A-Za-z0-9_-]{20,}"), "unexpected invitation link " + link);

        // A stranger's fresh browser opens it, chooses a name and password and joins.
        Page guest = browsers.newContext().newPage();
        guest.navigate(uri.getPath());
        assertThat(guest.locator("#invitation-message")).containsText(title);
        assertThat(guest.locator("#invitation-message")).containsText("협력기관 게스트");
        assertThat(guest.locator("#invitation-message")).containsText(email);
        fillField(guest, "#invitee-name", "최협력");
        fillField(guest, "#invitee-password", password);
        fillField(guest, "#invitee-repeat", password);
        screenshot(guest, "invite-2-guest-fills-form");
        guest.locator("#accept-invitation").click();
        guest.waitForURL("**/login?joined");
        assertThat(guest.locator("#login-notice")).hasText("참여가 완료되었습니다. 방금 정한 비밀번호로 로그인하세요.");
        screenshot(guest, "invite-3-guest-sent-to-login");

        // The owner's open page shows the new member without a reload.
        assertThat(owner.locator("#members .member-row[data-email='" + email + "']")).containsText("최협력");

        // The guest logs in and sees exactly the one experiment they were invited to.
        login(guest, email, password);
        Locator grid = guest.locator("#experiments-grid");
        assertThat(grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)))
                .hasCount(1);
        assertEquals(1, ((Number) grid.evaluate("g => g.size")).intValue(), "rows in the guest's list");
        assertThat(grid).not().containsText("임산부석에 인형을 놓아두면?");
        assertThat(grid).containsText("협력기관 게스트");
        screenshot(guest, "invite-4-guest-sees-one-experiment");

        // The link was used up.
        Page again = browsers.newContext().newPage();
        again.navigate(uri.getPath());
        assertThat(again.locator("#invitation-message")).hasText(
                "이 초대 링크는 이미 사용되었습니다. 로그인해서 실험장을 여세요.");
        assertThat(again.locator("#accept-invitation")).isHidden();
    }
}
