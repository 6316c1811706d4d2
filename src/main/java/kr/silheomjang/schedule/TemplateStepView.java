package kr.silheomjang.schedule;

import java.time.LocalDate;

/**
 * One step of the backward-planning template: {@code offsetDays} from the event day (-120 = D-120). In a preview,
 * {@code date} is where it would land and {@code alreadyPlanned} says an event was already made from it.
 */
public record TemplateStepView(long id, long version, int offsetDays, String title, EventType type, LocalDate date,
        boolean alreadyPlanned) {
}
