package kr.silheomjang.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kr.silheomjang.e2e.BrowserSupport.OWNER;
import static kr.silheomjang.e2e.BrowserSupport.PLANNER;
import static kr.silheomjang.e2e.BrowserSupport.screenshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import kr.silheomjang.Application;

/** Two planners on the calendar: one drags an event to another day, the other sees it move, live. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScheduleDragIT {

    private static final double LIVE_MS = 2000;
    private static final String TITLE = "재확인·시스템 점검";

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    /** Opens the schedule and pages forward to the month of {@code day}. */
    static void openMonthOf(Page page, long experimentId, LocalDate day) {
        page.navigate("/experiments/" + experimentId + "/schedule");
        assertThat(page.locator("#calendar .schedule-day").first()).isVisible();
        LocalDate today = LocalDate.now(Application.ZONE);
        long months = ChronoUnit.MONTHS.between(today.withDayOfMonth(1), day.withDayOfMonth(1));
        for (int i = 0; i < months; i++) {
            String before = page.locator("#schedule-period").textContent();
            page.locator("#schedule-next").click();
            assertThat(page.locator("#schedule-period")).not().hasText(before);
        }
    }

    static String cell(LocalDate day) {
        return "#calendar .schedule-day[data-date='" + day + "']";
    }

    static String chip(LocalDate day) {
        return cell(day) + " .schedule-chip[data-title='" + TITLE + "']";
    }

    @Test
    void aDraggedEventMovesOnTheOtherPlannersCalendar() {
        long id = browsers.nightSchoolId();
        LocalDate eventDay = browsers.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select event_date from experiment where id = ?", LocalDate.class, id);
        LocalDate from = browsers.bean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select start_date from schedule_event where experiment_id = ? and title = ?",
                        LocalDate.class, id, TITLE);
        assertEquals(eventDay.minusDays(7), from, "the demo plan puts the final check at D-7");
        LocalDate to = from.getDayOfMonth() > 1 ? from.minusDays(1) : from.plusDays(1);

        Page a = browsers.loggedIn(OWNER);
        Page b = browsers.loggedIn(PLANNER);
        openMonthOf(a, id, from);
        openMonthOf(b, id, from);
        assertThat(b.locator(chip(from))).isVisible();
        assertThat(b.locator(cell(eventDay)).first()).hasClass(java.util.regex.Pattern.compile(".*\\bdday\\b.*"));
        b.evaluate("() => window.__sameDocument = 'yes'");
        screenshot(b, "schedule-1-before-drag");

        a.locator(chip(from)).dragTo(a.locator(cell(to)));

        assertThat(b.locator(chip(to))).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(LIVE_MS));
        assertThat(b.locator(chip(from))).hasCount(0);
        assertThat(a.locator(chip(to))).isVisible();
        assertEquals("yes", b.evaluate("() => window.__sameDocument"), "B's page was reloaded");
        screenshot(b, "schedule-2-planner-sees-moved-event");
    }
}
