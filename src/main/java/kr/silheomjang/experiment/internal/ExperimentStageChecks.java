package kr.silheomjang.experiment.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;

/** What the experiment itself shows: the questions the run must answer (§1, 주제 선정). */
@Component
@Order(0)
class ExperimentStageChecks implements StageCheckSource {

    static final String QUESTIONS = "experiment.check.questions";

    private final ExperimentRepository experiments;
    private final ExperimentAccess access;

    ExperimentStageChecks(ExperimentRepository experiments, ExperimentAccess access) {
        this.experiments = experiments;
        this.access = access;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).getOrDefault(experimentId, List.of());
    }

    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> experimentIds) {
        access.requireMemberOfAll(experimentIds);
        Map<Long, List<StageCheck>> all = new HashMap<>();
        for (Object[] row : experiments.questionCounts(experimentIds)) {
            long id = (Long) row[0];
            int count = ((Number) row[1]).intValue();
            all.put(id, List.of(new StageCheck(QUESTIONS, Stage.TOPIC_SELECTION, count > 0,
                    count > 0 ? "experiment.check.detail.questions|" + count : null, "experiments/" + id)));
        }
        return all;
    }

    @Override
    public Set<WorkspaceLive> liveKinds() {
        return Set.of(WorkspaceLive.EXPERIMENT);
    }
}
