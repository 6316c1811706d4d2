package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What another feature planned on the event day itself (the staff roster's lines), shifted with the calendar's
 * relative events when the team answers the calendar's one question about a moved event day (ShiftDialog): the team
 * decides once, for everything. Called inside the shift's transaction, after the editor check; never for guests.
 */
public interface EventDayFollower {

    /** The lines on {@code from}, each as it would be after moving to {@code to}; empty if none. */
    List<ShiftPreview.Line> following(long experimentId, LocalDate from, LocalDate to);

    /** Moves the lines on {@code from} to {@code to}; returns how many moved. */
    int follow(long experimentId, LocalDate from, LocalDate to);
}
