package kr.silheomjang.experiment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The countdown the team lives by: D-45 before the event day, D-day on it, D+3 after. */
public final class DDay {

    private DDay() {
    }

    public static String label(LocalDate eventDate, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, eventDate);
        if (days == 0) {
            return "D-day";
        }
        return days > 0 ? "D-" + days : "D+" + (-days);
    }
}
