package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.experiment.Audience;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;

/**
 * Events across every experiment by start day, for the scheduled "event tomorrow" notifications (no signed-in user:
 * the caller decides who may hear of them).
 */
@Component
public class UpcomingEvents {

    private final ScheduleEventRepository events;
    private final Audience audience;

    UpcomingEvents(ScheduleEventRepository events, Audience audience) {
        this.events = events;
        this.audience = audience;
    }

    /**
     * An event and who may hear of it: its attendees, or, with none named, the team as the calendar shows it the event
     * (owners, planners and whoever added it; partner guests see only the events they attend or added).
     */
    public record Upcoming(long eventId, long experimentId, String title, LocalDate start, List<Long> recipientIds) {
    }

    @Transactional(readOnly = true)
    public List<Upcoming> startingOn(LocalDate day) {
        return events.startingOn(day).stream()
                .map(e -> new Upcoming(e.getId(), e.getExperimentId(), e.getTitle(), e.getStartDate(),
                        e.getAttendeeIds().isEmpty() ? seers(e.getExperimentId(), e.getCreatedById())
                                : List.copyOf(e.getAttendeeIds())))
                .toList();
    }

    private List<Long> seers(long experimentId, long createdById) {
        return audience.members(experimentId).entrySet().stream()
                .filter(m -> m.getValue().canEdit() || m.getKey() == createdById).map(Map.Entry::getKey).toList();
    }
}
