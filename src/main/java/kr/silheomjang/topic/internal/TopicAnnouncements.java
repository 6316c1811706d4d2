package kr.silheomjang.topic.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.topic.TopicLive;

/**
 * How a candidate's change is announced: on the organisation-wide channel ({@link TopicLive#CHANNEL}), where the
 * pool's pages listen, and, once the candidate has an experiment, on that experiment's channel too for what its pages
 * show of the candidate (the overview's topic block and the 주제 선정 checklist items, also counted in the experiment
 * list; see {@link TopicExperimentLinks}): those pages listen on the experiment's id, never on the pool's channel.
 */
@Component
public class TopicAnnouncements {

    /** The kinds an experiment's pages show of its candidate: its title and status, and its screening scores. */
    static final Set<TopicLive> SHOWN_ON_EXPERIMENT = Set.of(TopicLive.CANDIDATES, TopicLive.SCREENING);

    private final ApplicationEventPublisher events;

    TopicAnnouncements(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Announces a change of the candidate (after commit, as every change). */
    public void announce(TopicLive kind, TopicCandidate c) {
        announce(kind, c.getId(), c.getExperimentId());
    }

    /** As {@link #announce(TopicLive, TopicCandidate)}, for a candidate linked to {@code experimentId} (or none). */
    public void announce(TopicLive kind, long candidateId, @Nullable Long experimentId) {
        events.publishEvent(LiveUpdate.of(TopicLive.CHANNEL, kind, candidateId));
        if (experimentId != null && SHOWN_ON_EXPERIMENT.contains(kind)) {
            events.publishEvent(LiveUpdate.of(experimentId, kind, candidateId));
        }
    }

    /** Announces a change of several candidates on the pool's channel only (nothing an experiment page shows). */
    void announceInPool(TopicLive kind, Collection<Long> candidateIds) {
        if (!candidateIds.isEmpty()) {
            events.publishEvent(LiveUpdate.of(TopicLive.CHANNEL, kind, List.copyOf(candidateIds)));
        }
    }
}
