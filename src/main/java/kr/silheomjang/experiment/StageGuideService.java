package kr.silheomjang.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.SharedReads;
import kr.silheomjang.experiment.internal.ActivityLog;
import kr.silheomjang.experiment.internal.Experiment;
import kr.silheomjang.experiment.internal.ExperimentRepository;
import kr.silheomjang.experiment.internal.StageCheckWaiver;
import kr.silheomjang.experiment.internal.StageCheckWaiverRepository;
import kr.silheomjang.experiment.internal.StageChecks;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/**
 * The stage guide (단계 점검): each stage's checklist from what the features contribute, the owners' "해당 없음" marks,
 * the date flags, and the experiment list's health per row. Moving between stages stays with
 * {@link ExperimentService#moveStage(long, long, Stage, String)}, which asks the same checklist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class StageGuideService {

    private final ExperimentRepository experiments;
    private final StageChecks checks;
    private final StageCheckWaiverRepository waivers;
    private final ExperimentAccess access;
    private final ActivityLog activityLog;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final SharedReads sharedReads;

    StageGuideService(ExperimentRepository experiments, StageChecks checks, StageCheckWaiverRepository waivers,
            ExperimentAccess access, ActivityLog activityLog, CurrentUser currentUser,
            ApplicationEventPublisher events, java.time.Clock clock, SharedReads sharedReads) {
        this.sharedReads = sharedReads;
        this.experiments = experiments;
        this.checks = checks;
        this.waivers = waivers;
        this.access = access;
        this.activityLog = activityLog;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every stage's items with their state, and the date flags. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public StageChecklist checklist(long experimentId) {
        MemberRole role = access.requireMember(experimentId);
        // Same for every viewer of one role: read once per change per node for all open overviews (SharedReads).
        return sharedReads.get(new ChecklistKey(experimentId, role), () -> readChecklist(experimentId));
    }

    private record ChecklistKey(long experimentId, MemberRole role) {
    }

    private StageChecklist readChecklist(long experimentId) {
        Experiment e = experiments.findById(experimentId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        List<StageCheckItem> items = checks.items(experimentId, e.getStage(), e.getEventDate());
        return new StageChecklist(experimentId, e.getVersion(), e.getStage(), e.getEventDate(), items,
                StageChecks.flags(e.getStage(), e.getEventDate(), checks.today(), items));
    }

    /**
     * "My experiments" with each row's health: open items of its current stage and the date flags. One query for the
     * rows, one per contributing source and one for the marks, whatever the page size.
     */
    @Transactional(readOnly = true)
    public List<ExperimentHealth> listMine(boolean includeArchived, int page, int pageSize) {
        List<ExperimentSummary> rows = experiments.findSummaries(currentUser.require().id(), includeArchived,
                PageRequest.of(page, pageSize));
        Map<Long, Stage> stages = new LinkedHashMap<>();
        Map<Long, java.time.LocalDate> dates = new LinkedHashMap<>();
        rows.forEach(r -> {
            stages.put(r.id(), r.stage());
            dates.put(r.id(), r.eventDate());
        });
        Map<Long, List<StageCheckItem>> items = checks.items(stages, dates);
        return rows.stream().map(r -> {
            List<StageCheckItem> all = items.getOrDefault(r.id(), List.of());
            List<StageCheckItem> current = all.stream().filter(i -> i.stage() == r.stage()).toList();
            return new ExperimentHealth(r, (int) current.stream().filter(StageCheckItem::open).count(),
                    current.size(), StageChecks.flags(r.stage(), r.eventDate(), checks.today(), all));
        }).toList();
    }

    /** Owner: marks an item that the data does not show done as "해당 없음", with the reason (recorded). */
    public void markNotApplicable(long experimentId, String checkKey, String reason) {
        access.requireOwner(experimentId);
        String why = Texts.stripToNull(reason);
        if (why == null) {
            throw new UserFacingException("guide.error.reasonRequired");
        }
        if (why.length() > StageCheckWaiver.MAX_REASON) {
            throw new UserFacingException("guide.error.reasonTooLong");
        }
        experiments.lockRow(experimentId);
        Experiment e = experiments.findById(experimentId)
                .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
        StageCheckItem item = checks.items(experimentId, e.getStage(), e.getEventDate()).stream()
                .filter(i -> i.key().equals(checkKey)).findFirst()
                .orElseThrow(() -> new UserFacingException("guide.error.unknownItem"));
        if (item.state() == StageCheckItem.State.NOT_APPLICABLE) {
            throw new ConflictException(item.waivedBy(), item.waivedAt());
        }
        if (item.state() == StageCheckItem.State.DONE) {
            throw new UserFacingException("guide.error.alreadyDone");
        }
        AppUser me = currentUser.require();
        waivers.save(new StageCheckWaiver(experimentId, checkKey, why, me.displayName(), clock.instant()));
        activityLog.record(experimentId, me, ActivityAction.CHECK_NOT_APPLICABLE, checkKey + "|" + why);
        events.publishEvent(LiveUpdate.of(experimentId, StageGuideLive.WAIVERS));
    }

    /** Owner: takes a "해당 없음" back, if nobody changed it since {@code expectedVersion}. */
    public void unmarkNotApplicable(long experimentId, String checkKey, long expectedVersion) {
        access.requireOwner(experimentId);
        experiments.lockRow(experimentId);
        StageCheckWaiver w = waivers.findByExperimentIdAndCheckKey(experimentId, checkKey)
                .orElseThrow(() -> new UserFacingException("guide.error.notMarked"));
        if (w.getVersion() != expectedVersion) {
            throw new ConflictException(w.getWaivedByName(), w.getWaivedAt());
        }
        waivers.delete(w);
        activityLog.record(experimentId, currentUser.require(), ActivityAction.CHECK_APPLICABLE_AGAIN, checkKey);
        events.publishEvent(LiveUpdate.of(experimentId, StageGuideLive.WAIVERS));
    }
}
