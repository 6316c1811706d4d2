package kr.silheomjang.experiment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.silheomjang.collab.LiveKind;

/**
 * The stage checklist (단계 점검): each feature contributes the items it can judge from its own data, e.g. the people
 * module "제안자 동의 기록" for 주제 선정, the survey module "피드백 설문 열림" for 진행. The overview shows the current
 * stage's items and asks for a reason when someone moves on with open ones. Implementations are Spring beans; they
 * check the caller's access themselves and refuse like any read the caller may not make. A feature that does not
 * exist contributes nothing, so its items simply do not appear.
 */
public interface StageCheckSource {

    /** The items this feature judges for the experiment, each for one stage. */
    List<StageCheck> stageChecks(long experimentId);

    /**
     * The same for many experiments at once, for the experiment list (open items per row). Override it with a few
     * queries for all ids together (see {@link ExperimentAccess#requireMemberOfAll}); this default asks once per
     * experiment, which the list of an organisation with many experiments should not pay (decision note 0019).
     */
    default Map<Long, List<StageCheck>> stageChecks(Collection<Long> experimentIds) {
        Map<Long, List<StageCheck>> all = new LinkedHashMap<>();
        for (long id : experimentIds) {
            all.put(id, stageChecks(id));
        }
        return all;
    }

    /** The live-update kinds that change these items, so the checklist follows live. */
    Set<? extends LiveKind> liveKinds();
}
