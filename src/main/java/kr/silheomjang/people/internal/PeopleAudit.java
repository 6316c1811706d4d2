package kr.silheomjang.people.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.security.AppUser;

/** Live announcements and the personal-data log, shared by the people services. */
@Component
public class PeopleAudit {

    /** The personal-data log's action when the 촬영 불가 list is handed to the film crew (the stage guide reads it). */
    public static final String FILM_LIST_SHARED = "FILM_LIST_SHARED";

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

    /**
     * Also says to co-planners' screen readers who did what, in one sentence ({@code key} and its arguments). Never
     * with a participant's name: partner guests hear it too.
     */
    public void announceSaying(long experimentId, PeopleLive kind, List<Long> ids, AppUser actor, String key,
            String... args) {
        events.publishEvent(new LiveUpdate(experimentId, kind, ids).saying(actor.id(), actor.displayName(), key,
                args));
    }

    public void logPersonalData(long experimentId, String action, String subject, String actor) {
        log.save(new PersonalDataLogEntry(experimentId, action, subject.length() > 200 ? subject.substring(0, 200)
                : subject, actor, clock.instant()));
    }
}
