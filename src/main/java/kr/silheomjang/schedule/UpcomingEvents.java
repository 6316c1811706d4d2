package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.schedule.internal.ScheduleEventRepository;

/**
 * Events across every experiment by start day, for the scheduled "event tomorrow" notifications (no signed-in user:
 * the caller decides who may hear of them).
 */
@Component
public class UpcomingEvents {

    private final ScheduleEventRepository events;

    UpcomingEvents(ScheduleEventRepository events) {
        this.events = events;
    }

    /** An event and who attends it (empty: the whole team). */
    public record Upcoming(long eventId, long experimentId, String title, LocalDate start, List<Long> attendeeIds) {
    }

    @Transactional(readOnly = true)
    public List<Upcoming> startingOn(LocalDate day) {
        return events.startingOn(day).stream()
                .map(e -> new Upcoming(e.getId(), e.getExperimentId(), e.getTitle(), e.getStartDate(),
                        List.copyOf(e.getAttendeeIds())))
                .toList();
    }
}
