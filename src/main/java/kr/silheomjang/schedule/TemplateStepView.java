package kr.silheomjang.schedule;

import java.time.LocalDate;

/**
 * One step of the backward-planning template: {@code offsetDays} from the event day (-120 = D-120). In a preview,
 * {@code date} is where it would land and {@code alreadyPlanned} says an event was already made from it (for the
 * proposer meeting: the experiment already has its one proposer meeting). {@code pastMeeting}: a proposer meeting
 * that would land in the past; accepting the plan does not make it (a meeting that never happened on that day), and
 * the dialog says so.
 */
public record TemplateStepView(long id, long version, int offsetDays, String title, EventType type, LocalDate date,
        boolean alreadyPlanned, boolean pastMeeting) {
}
