package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.followup.FollowupLive;

/**
 * The follow-up stage's "보고서 작성" item: done once the hand-off report is marked 작성 완료 (a draft is not enough:
 * the item is about the page the deliberation receives). One query for any number of experiments.
 */
@Component
@Order(72)
class ReportStageChecks implements StageCheckSource {

    static final String REPORT = "followup.check.report";

    private final ResultReportRepository reports;
    private final ExperimentAccess access;

    ReportStageChecks(ResultReportRepository reports, ExperimentAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> ids) {
        access.requireMemberOfAll(ids);
        Set<Long> done = ids.isEmpty() ? Set.of() : new HashSet<>(reports.doneAmong(ids));
        Map<Long, List<StageCheck>> out = new LinkedHashMap<>();
        for (long id : ids) {
            out.put(id, List.of(new StageCheck(REPORT, Stage.FOLLOW_UP, done.contains(id), null,
                    "experiments/" + id + "/followup/report")));
        }
        return out;
    }

    @Override
    public Set<? extends LiveKind> liveKinds() {
        return Set.of(FollowupLive.REPORT);
    }
}
