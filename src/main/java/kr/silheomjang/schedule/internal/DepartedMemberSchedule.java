package kr.silheomjang.schedule.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.MemberRemoved;
import kr.silheomjang.schedule.ScheduleLive;

/**
 * A member who leaves an experiment (removed, or their account deleted), in the removing transaction:
 * <ul>
 * <li>loses their calendar feed links of it. The feed already refuses non-members; revoked, an old link stays dead
 * even if the person is invited again (they make a new one);</li>
 * <li>is no longer an attendee of its events (attendees must be members, so an event naming them could not be saved
 * again); the events' versions move and open calendars hear of it.</li>
 * </ul>
 */
@Component
class DepartedMemberSchedule {

    private final FeedTokenRepository tokens;
    private final ScheduleEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    DepartedMemberSchedule(FeedTokenRepository tokens, ScheduleEventRepository events,
            ApplicationEventPublisher publisher, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    void on(MemberRemoved e) {
        tokens.findByExperimentIdAndUserIdAndRevokedAtIsNull(e.experimentId(), e.userId())
                .forEach(t -> t.revoke(clock.instant()));
        // As for card assignees (planning's DepartedMemberAssignments): a save adding the member as an attendee locks
        // their membership row first, so it committed before (read here) or waits and is refused.
        List<Long> attended = events.attendedBy(e.experimentId(), e.userId());
        if (attended.isEmpty()) {
            return;
        }
        events.removeAttendee(attended, e.userId());
        events.touch(attended, clock.instant(), e.removedByName());
        publisher.publishEvent(LiveUpdate.of(e.experimentId(), ScheduleLive.EVENTS, attended));
    }
}
