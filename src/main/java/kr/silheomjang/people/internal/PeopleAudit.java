package kr.silheomjang.people.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.people.PeopleLive;

/** Live announcements and the personal-data log, shared by the people services. */
@Component
public class PeopleAudit {

    private final ApplicationEventPublisher events;
    private final PersonalDataLogRepository log;
    private final Clock clock;

    PeopleAudit(ApplicationEventPublisher events, PersonalDataLogRepository log, Clock clock) {
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    public void announce(long experimentId, PeopleLive kind, List<Long> ids) {
        events.publishEvent(new LiveUpdate(experimentId, kind, ids));
    }

    public void logPersonalData(long experimentId, String action, String subject, String actor) {
        log.save(new PersonalDataLogEntry(experimentId, action, subject.length() > 200 ? subject.substring(0, 200)
                : subject, actor, clock.instant()));
    }
}
