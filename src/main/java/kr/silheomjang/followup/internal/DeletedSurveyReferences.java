package kr.silheomjang.followup.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.survey.SurveyDeleted;

/**
 * A deleted survey that was a party's retrospective form loses its link here first (the link refers to the survey by
 * foreign key); the party's form can be made again from the follow-up tab. A results page stops showing the survey's
 * charts when read ({@code PublicResultsService}); its open preview hears of it.
 */
@Component
class DeletedSurveyReferences {

    private final RetroLinkRepository links;
    private final ResultsPageRepository pages;
    private final ApplicationEventPublisher events;

    DeletedSurveyReferences(RetroLinkRepository links, ResultsPageRepository pages, ApplicationEventPublisher events) {
        this.links = links;
        this.pages = pages;
        this.events = events;
    }

    @EventListener
    void on(SurveyDeleted e) {
        List<RetroLink> gone = links.findBySurveyId(e.surveyId());
        if (!gone.isEmpty()) {
            links.deleteAll(gone);
            links.flush();
            events.publishEvent(LiveUpdate.of(e.experimentId(), FollowupLive.RETRO,
                    gone.stream().map(RetroLink::getId).toList()));
        }
        if (pages.findByExperimentId(e.experimentId()).isPresent()) {
            events.publishEvent(LiveUpdate.of(e.experimentId(), FollowupLive.RESULTS_PAGE, e.experimentId()));
        }
    }
}
