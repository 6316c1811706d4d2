package kr.silheomjang.survey.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.survey.SurveyStatus;

/**
 * What surveys and the observation log show for the stage guide (진행, §5): a feedback survey for participants
 * (the guide's or one the team made) opened for the day or answered, and observations recorded during the run. Two queries for any number of experiments.
 */
@Component
@Order(50)
class SurveyStageChecks implements StageCheckSource {

    static final String FEEDBACK_OPEN = "survey.check.feedbackOpen";
    static final String OBSERVATIONS = "survey.check.observations";

    private final SurveyRepository surveys;
    private final ObservationRepository observations;
    private final ExperimentAccess access;
    private final Clock clock;

    SurveyStageChecks(SurveyRepository surveys, ObservationRepository observations, ExperimentAccess access,
            Clock clock) {
        this.surveys = surveys;
        this.observations = observations;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> ids) {
        access.requireMemberOfAll(ids);
        Instant now = clock.instant();
        Set<Long> exists = new HashSet<>();
        Set<Long> open = new HashSet<>();
        Map<Long, Long> responses = new HashMap<>();
        for (Object[] row : surveys.guideOutlines(ids,
                List.of(SurveyAudience.PARTICIPANT, SurveyAudience.CUSTOM))) {
            long id = (Long) row[0];
            long answered = ((Number) row[3]).longValue();
            exists.add(id);
            responses.merge(id, answered, Long::sum);
            // Every experiment starts with the guide's participant survey, open without dates: "open" means the team
            // opened it for the day (an opening time set and reached) or answers came in.
            if (answered > 0 || row[1] != null
                    && SurveyStatus.at(now, (Instant) row[1], (Instant) row[2]) == SurveyStatus.OPEN) {
                open.add(id);
            }
        }
        Map<Long, Long> observed = new HashMap<>();
        observations.countByExperiment(ids).forEach(row -> observed.put((Long) row[0], (Long) row[1]));
        Map<Long, List<StageCheck>> all = new HashMap<>();
        for (long id : ids) {
            long answered = responses.getOrDefault(id, 0L);
            long notes = observed.getOrDefault(id, 0L);
            all.put(id, List.of(
                    new StageCheck(FEEDBACK_OPEN, Stage.RUN_DAY, open.contains(id),
                            !exists.contains(id) ? "survey.check.detail.noSurvey"
                                    : "survey.check.detail.responses|" + answered,
                            "experiments/" + id + "/surveys"),
                    new StageCheck(OBSERVATIONS, Stage.RUN_DAY, notes > 0,
                            notes > 0 ? "survey.check.detail.observations|" + notes : null,
                            "experiments/" + id + "/surveys/observations")));
        }
        return all;
    }

    @Override
    public Set<SurveyLive> liveKinds() {
        return Set.of(SurveyLive.SURVEY, SurveyLive.RESPONSE, SurveyLive.OBSERVATION);
    }
}
