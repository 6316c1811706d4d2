package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The event day moved since the relative events were planned: what shifting them would change. {@code from} is the
 * event day they were planned from, {@code to} the current one. {@code lines}: what other features planned on the old
 * event day itself and would move with them (see {@link EventDayFollower}).
 */
public record ShiftPreview(LocalDate from, LocalDate to, List<Change> changes, List<Line> lines) {

    public ShiftPreview(LocalDate from, LocalDate to, List<Change> changes) {
        this(from, to, changes, List.of());
    }

    public record Change(long eventId, String title, LocalDate oldStart, LocalDate newStart) {
    }

    /** {@code groupKey}: the message key naming where the line is (e.g. the staff roster). */
    public record Line(String groupKey, long id, String title, LocalDate oldDate, LocalDate newDate) {
    }
}
