package kr.silheomjang.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

/**
 * The accessibility audit, first half (see {@link AccessibilityScans}): the owner at desktop size sees everything
 * (every route of every experiment, every dialog), a few pages in the dark scheme, and anonymous visitors at desktop
 * size.
 */
class AccessibilityIT extends AccessibilityScans {

    @Test
    void everyPageAndDialogOfTheOwnerAtDesktopSizeHasNoSeriousOrCriticalViolation() {
        JdbcTemplate db = browsers.bean(JdbcTemplate.class);
        Night night = night();
        List<Long> others = db.queryForList("select id from experiment where id <> ? order by id", Long.class,
                night.id());

        Page owner = signedIn(BrowserSupport.OWNER, DESKTOP, false);
        scanAll(owner, "owner desktop", GLOBAL);
        scanCandidate(owner, "owner desktop");
        scanAll(owner, "owner desktop", prefixed(night.base(), TABS));
        scanAll(owner, "owner desktop", prefixed(night.base(), OWNER_PAGES));
        scanAll(owner, "owner desktop", night.surveyPages());
        others.forEach(id -> scanAll(owner, "owner desktop", prefixed("/experiments/" + id, TABS)));
        night.dialogs().forEach(d -> scanDialog(owner, "owner desktop", d));

        Page ownerDark = signedIn(BrowserSupport.OWNER, DESKTOP, true);
        scanAll(ownerDark, "owner desktop dark", List.of("/"));
        scanAll(ownerDark, "owner desktop dark", prefixed(night.base(), DARK));
        scanDialog(ownerDark, "owner desktop dark", cardDialog(night.id()));

        scanAnonymous(DESKTOP, false, night.id(), db);
        assertNoSeriousOrCritical(80);
    }
}
