package kr.silheomjang.experiment.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.security.AppUser;

/** Writes the audit record in the caller's transaction and announces it once that commits. */
@Component
public class ActivityLog {

    private final ActivityEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityLog(ActivityEntryRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    public void record(long experimentId, AppUser actor, ActivityAction action, String detail) {
        entries.save(new ActivityEntry(experimentId, actor.id(), actor.displayName(), action, detail, clock.instant()));
        events.publishEvent(LiveUpdate.of(experimentId, WorkspaceLive.ACTIVITY));
    }
}
