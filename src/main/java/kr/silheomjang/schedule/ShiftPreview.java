package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The event day moved since the relative events were planned: what shifting them would change. {@code from} is the
 * event day they were planned from, {@code to} the current one.
 */
public record ShiftPreview(LocalDate from, LocalDate to, List<Change> changes) {

    public record Change(long eventId, String title, LocalDate oldStart, LocalDate newStart) {
    }
}
