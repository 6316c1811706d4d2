package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.HashMap;
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
import kr.silheomjang.followup.MailTemplate;
import kr.silheomjang.survey.SurveyLive;
import kr.silheomjang.survey.SurveyResponseCounts;

/**
 * The follow-up stage's checklist items judged from this module's data (§6): retrospective collected (an entry in the
 * app or an answer by link), thanks sent, results shared. A few queries for any number of experiments.
 */
@Component
@Order(70)
class FollowupStageChecks implements StageCheckSource {

    static final String RETRO = "followup.check.retro";
    static final String THANKS = "followup.check.thanks";
    static final String RESULTS = "followup.check.results";
    static final String ARCHIVE = "followup.check.archive";

    private final RetroEntryRepository entries;
    private final RetroLinkRepository links;
    private final MailingRepository mailings;
    private final SurveyResponseCounts responses;
    private final ExperimentAccess access;
    private final ArchiveItemRepository archive;
    private final ResultsPageRepository resultsPages;

    FollowupStageChecks(RetroEntryRepository entries, RetroLinkRepository links, MailingRepository mailings,
            SurveyResponseCounts responses, ExperimentAccess access, ArchiveItemRepository archive,
            ResultsPageRepository resultsPages) {
        this.archive = archive;
        this.resultsPages = resultsPages;
        this.entries = entries;
        this.links = links;
        this.mailings = mailings;
        this.responses = responses;
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
        Map<Long, Long> items = new HashMap<>();
        if (!ids.isEmpty()) {
            entries.countByExperiments(ids).forEach(r -> items.merge((Long) r[0], (Long) r[1], Long::sum));
            List<RetroLink> all = links.findByExperimentIdIn(ids);
            Map<Long, Long> experimentOf = new HashMap<>();
            all.forEach(l -> experimentOf.put(l.getSurveyId(), l.getExperimentId()));
            responses.of(experimentOf.keySet())
                    .forEach((survey, n) -> items.merge(experimentOf.get(survey), n, Long::sum));
        }
        Set<String> sent = new HashSet<>();
        if (!ids.isEmpty()) {
            mailings.sentTemplates(ids).forEach(r -> sent.add(r[0] + ":" + r[1]));
        }
        // Results shared: a published results page counts as much as a results mailing.
        Set<Long> published = new HashSet<>(ids.isEmpty() ? List.of() : resultsPages.publishedAmong(ids));
        // Archive: per experiment {items, public items, public items not accessible}.
        Map<Long, long[]> archived = new HashMap<>();
        if (!ids.isEmpty()) {
            archive.counts(ids).forEach(r -> archived.put((Long) r[0],
                    new long[] {((Number) r[1]).longValue(), number(r[2]), number(r[3])}));
        }
        Map<Long, List<StageCheck>> out = new LinkedHashMap<>();
        for (long id : ids) {
            String base = "experiments/" + id + "/followup";
            long n = items.getOrDefault(id, 0L);
            out.put(id, List.of(
                    new StageCheck(RETRO, Stage.FOLLOW_UP, n > 0,
                            n > 0 ? "followup.check.detail.items|" + n : null, base),
                    new StageCheck(THANKS, Stage.FOLLOW_UP, sent.contains(id + ":" + MailTemplate.THANKS), null,
                            base + "/mail"),
                    new StageCheck(RESULTS, Stage.FOLLOW_UP,
                            sent.contains(id + ":" + MailTemplate.RESULTS) || published.contains(id),
                            published.contains(id) ? "followup.check.detail.published" : null,
                            published.contains(id) ? base + "/results" : base + "/mail"),
                    archiveCheck(archived.get(id), base + "/archive")));
        }
        return out;
    }

    /** Done with at least one item and every public item accessible (photo alt text, video 자막 있음). */
    private static StageCheck archiveCheck(long[] counts, String link) {
        if (counts == null || counts[0] == 0) {
            return new StageCheck(ARCHIVE, Stage.FOLLOW_UP, false, null, link);
        }
        boolean done = counts[2] == 0;
        return new StageCheck(ARCHIVE, Stage.FOLLOW_UP, done, done ? "followup.check.detail.archived|" + counts[0]
                : "followup.check.detail.inaccessible|" + counts[2], link);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @Override
    public Set<? extends LiveKind> liveKinds() {
        return Set.of(FollowupLive.RETRO, FollowupLive.MAILING, SurveyLive.RESPONSE, FollowupLive.ARCHIVE,
                FollowupLive.RESULTS_PAGE);
    }
}
