package kr.silheomjang.survey.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.SurveyLive;

/** The verdict per experiment question, read-only on the overview (recorded on the observations page). */
@Component
class VerdictOverviewSummary implements OverviewSummary {

    private final ObservationService observations;

    VerdictOverviewSummary(ObservationService observations) {
        this.observations = observations;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "survey.overview.verdicts";
    }

    @Override
    public Set<SurveyLive> liveKinds() {
        return Set.of(SurveyLive.VERDICT);
    }

    @Override
    public List<Line> lines(long experimentId) {
        return observations.verdicts(experimentId).stream()
                .map(v -> new Line(v.questionText(),
                        v.outcome() == null ? "survey.verdict.none" : v.outcome().messageKey(), v.evidence()))
                .toList();
    }
}
