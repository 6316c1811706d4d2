package kr.silheomjang.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * The accessibility audit, second half (see {@link AccessibilityScans}): the owner on a phone, a planner and a
 * partner guest at both sizes (the tabs differ by role: read-only parts, hidden actions; so do the dialogs each is
 * offered), and anonymous visitors on a phone, in the light and the dark scheme.
 */
class AccessibilityRolesIT extends AccessibilityScans {

    @Test
    void everyPageAndDialogOfEveryRoleOnAPhoneAndOfGuestsHasNoSeriousOrCriticalViolation() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        Night night = night();
        String base = night.base();

        Page ownerPhone = signedIn(BrowserSupport.OWNER, PHONE, false);
        scanAll(ownerPhone, "owner phone", GLOBAL);
        scanCandidate(ownerPhone, "owner phone");
        scanAll(ownerPhone, "owner phone", prefixed(base, TABS));
        scanAll(ownerPhone, "owner phone", prefixed(base, OWNER_PAGES));
        scanAll(ownerPhone, "owner phone", night.surveyPages());
        scanDialogs(ownerPhone, "owner phone", night.dialogs(), OWNER_DIALOGS);

        for (Size size : List.of(DESKTOP, PHONE)) {
            Page planner = signedIn(BrowserSupport.PLANNER, size, false);
            String who = "planner " + size.name();
            scanAll(planner, who, List.of("/"));
            scanAll(planner, who, prefixed(base, TABS));
            scanAll(planner, who, List.of(night.surveyPages().getFirst()));
            scanDialogs(planner, who, night.dialogs(), PLANNER_DIALOGS);
        }
        for (Size size : List.of(DESKTOP, PHONE)) {
            Page guest = signedIn(BrowserSupport.PARTNER, size, false);
            String who = "partner " + size.name();
            scanAll(guest, who, List.of("/"));
            scanAll(guest, who, prefixed(base, TABS));
            scanDialogs(guest, who, night.dialogs(), GUEST_DIALOGS);
        }
        scanAnonymous(PHONE, false, night.id(), db);
        scanAnonymous(PHONE, true, night.id(), db);
        assertNoSeriousOrCritical(80);
    }
}
