package kr.silheomjang.topic.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.TopicLive;

/**
 * What topic selection tells an experiment made from the pool, without the experiment module knowing this one: the
 * overview's link back to the screening record ({@link OverviewSummary}) and the 주제 선정 items of the stage
 * checklist ({@link StageCheckSource}). Both check the caller's membership first; the link into the pool is given
 * only to accounts that may see the pool.
 */
@Component
@Transactional(readOnly = true)
class TopicExperimentLinks implements OverviewSummary, StageCheckSource {

    private final TopicCandidateRepository candidates;
    private final ScreeningEntryRepository screening;
    private final ExperimentAccess access;

    TopicExperimentLinks(TopicCandidateRepository candidates, ScreeningEntryRepository screening,
            ExperimentAccess access) {
        this.candidates = candidates;
        this.screening = screening;
        this.access = access;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "topic.overview.title";
    }

    @Override
    public Set<? extends LiveKind> liveKinds() {
        return Set.of(TopicLive.CANDIDATES, TopicLive.SCREENING);
    }

    @Override
    public List<Line> lines(long experimentId) {
        access.requireMember(experimentId);
        boolean seesPool = access.mayStartExperiments();
        List<Line> lines = new ArrayList<>();
        for (TopicCandidate c : linked(experimentId)) {
            lines.add(new Line(c.getTitle(), c.getStatus().messageKey(),
                    c.getSourcePlatform() + (c.getSourceUrl() == null ? "" : " · " + c.getSourceUrl()),
                    seesPool ? "topics/" + c.getId() : null));
        }
        return lines;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        boolean seesPool = access.mayStartExperiments();
        List<TopicCandidate> linked = linked(experimentId);
        TopicCandidate chosen = linked.stream().filter(c -> c.getStatus() == CandidateStatus.SELECTED).findFirst()
                .orElse(linked.isEmpty() ? null : linked.get(0));
        String href = chosen != null && seesPool ? "topics/" + chosen.getId()
                : seesPool ? "topics" : "experiments/" + experimentId;
        boolean selected = chosen != null && chosen.getStatus() == CandidateStatus.SELECTED;
        boolean screened = chosen != null && screening.findByCandidateIdOrderByIdAsc(chosen.getId()).stream()
                .filter(e -> e.toView().score() != null).map(e -> e.toView().question()).distinct()
                .count() == ScreeningQuestion.values().length;
        return List.of(
                new StageCheck("topic.stagecheck.selected", Stage.TOPIC_SELECTION, selected,
                        chosen == null ? null : chosen.getTitle(), href),
                new StageCheck("topic.stagecheck.screened", Stage.TOPIC_SELECTION, screened, null, href));
    }

    private List<TopicCandidate> linked(long experimentId) {
        return candidates.findByExperimentId(experimentId).stream()
                .sorted(Comparator.comparing(TopicCandidate::getId)).toList();
    }
}
