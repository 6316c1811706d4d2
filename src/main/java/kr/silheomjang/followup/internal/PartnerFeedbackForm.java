package kr.silheomjang.followup.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.survey.GuestAnsweredForms;

/** The partners' retrospective form is the one form partner guests answer themselves (decision note 0067). */
@Component
class PartnerFeedbackForm implements GuestAnsweredForms {

    private final RetroLinkRepository links;

    PartnerFeedbackForm(RetroLinkRepository links) {
        this.links = links;
    }

    @Override
    public Set<Long> answeredByGuests(long experimentId) {
        return links.findByExperimentIdOrderByIdAsc(experimentId).stream()
                .filter(l -> l.getParty() == RetroParty.PARTNER).map(RetroLink::getSurveyId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
