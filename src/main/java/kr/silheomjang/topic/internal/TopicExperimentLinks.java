package kr.silheomjang.topic.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.shared.OverviewSummary;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.ScreeningQuestion;

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
    private final SharedReads sharedReads;

    TopicExperimentLinks(TopicCandidateRepository candidates, ScreeningEntryRepository screening,
            ExperimentAccess access, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
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

    /** Announced on the linked experiment's channel as well as the pool's ({@link TopicAnnouncements}). */
    @Override
    public Set<? extends LiveKind> liveKinds() {
        return TopicAnnouncements.SHOWN_ON_EXPERIMENT;
    }

    /** Every open overview re-reads its blocks on a change: viewers alike share one read (see SharedReads). */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Line> lines(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        List<Line> lines = sharedReads.get(new LinesKey(experimentId), () -> {
            List<Line> read = new ArrayList<>();
            for (TopicCandidate c : linked(experimentId)) {
                read.add(new Line(c.getTitle(), c.getStatus().messageKey(),
                        c.getSourcePlatform() + (c.getSourceUrl() == null ? "" : " · " + c.getSourceUrl()),
                        "topics/" + c.getId()));
            }
            return List.copyOf(read);
        });
        // An owner or planner here may start experiments (see mayStartExperiments): only a guest is looked up, and
        // only when there is a topic to link to.
        if (lines.isEmpty() || role != MemberRole.PARTNER_GUEST
                || access.mayStartExperimentsForLinksIn(experimentId)) {
            return lines;
        }
        return lines.stream().map(l -> new Line(l.label(), l.valueKey(), l.detail(), null)).toList();
    }

    private record LinesKey(long experimentId) {
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    /** For any number of experiments in two queries (the experiment list asks for all rows at once). */
    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> experimentIds) {
        access.requireMemberOfAll(experimentIds);
        Map<Long, List<StageCheck>> all = new LinkedHashMap<>();
        if (experimentIds.isEmpty()) {
            return all;
        }
        Map<Long, List<TopicCandidate>> byExperiment = new HashMap<>();
        for (TopicCandidate c : candidates.findByExperimentIdInOrderByIdAsc(experimentIds)) {
            byExperiment.computeIfAbsent(c.getExperimentId(), k -> new ArrayList<>()).add(c);
        }
        List<Long> chosenIds = new ArrayList<>();
        Map<Long, TopicCandidate> chosen = new HashMap<>();
        byExperiment.forEach((experimentId, linked) -> {
            TopicCandidate c = linked.stream().filter(x -> x.getStatus() == CandidateStatus.SELECTED).findFirst()
                    .orElse(linked.get(0));
            chosen.put(experimentId, c);
            chosenIds.add(c.getId());
        });
        // Looked up only when some experiment has a topic to link to (each open overview asks on every change).
        boolean seesPool = !chosen.isEmpty() && (experimentIds.size() == 1
                ? access.mayStartExperimentsForLinksIn(experimentIds.iterator().next()) : access.mayStartExperiments());
        Map<Long, Set<ScreeningQuestion>> scored = new HashMap<>();
        if (!chosenIds.isEmpty()) {
            for (ScreeningEntry e : screening.findByCandidateIdInOrderByIdAsc(chosenIds)) {
                if (e.toView().score() != null) {
                    scored.computeIfAbsent(e.getCandidateId(), k -> new HashSet<>()).add(e.toView().question());
                }
            }
        }
        for (long experimentId : experimentIds) {
            TopicCandidate c = chosen.get(experimentId);
            if (c == null) {
                // Started from a blank form, not from the pool: topic selection has nothing to judge here.
                all.put(experimentId, List.of());
                continue;
            }
            String href = seesPool ? "topics/" + c.getId() : "experiments/" + experimentId;
            boolean selected = c.getStatus() == CandidateStatus.SELECTED;
            boolean screened = scored.getOrDefault(c.getId(), Set.of()).size() == ScreeningQuestion.values().length;
            all.put(experimentId, List.of(
                    new StageCheck("topic.stagecheck.selected", Stage.TOPIC_SELECTION, selected,
                            c.getTitle(), href),
                    new StageCheck("topic.stagecheck.screened", Stage.TOPIC_SELECTION, screened, null, href)));
        }
        return all;
    }

    private List<TopicCandidate> linked(long experimentId) {
        return candidates.findByExperimentId(experimentId).stream()
                .sorted(Comparator.comparing(TopicCandidate::getId)).toList();
    }
}
