package kr.silheomjang.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.Application;
import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentDates;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.ExperimentSummary;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.StageMove;
import kr.silheomjang.portfolio.internal.StagePlanRecord;
import kr.silheomjang.portfolio.internal.StagePlanRepository;
import kr.silheomjang.portfolio.internal.TimelineDates;
import kr.silheomjang.schedule.MilestoneView;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;

/**
 * The portfolio timeline: transaction and authorization boundary of the feature. It shows only the experiments the
 * caller belongs to (partner guests: those they were invited to) and, of those, only the milestones the calendar would
 * show them. Owners set the planned stage dates; everyone else reads them.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PortfolioService {

    /** More experiments than one person works on; the page shows the first ones by event day. */
    static final int MAX_ROWS = 200;

    private final ExperimentService experiments;
    private final ScheduleService schedule;
    private final StagePlanRepository plans;
    private final ExperimentAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PortfolioService(ExperimentService experiments, ScheduleService schedule, StagePlanRepository plans,
            ExperimentAccess access, CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock) {
        this.experiments = experiments;
        this.schedule = schedule;
        this.plans = plans;
        this.access = access;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Today in Seoul: the day the "today" line and D-days count from. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(Application.ZONE));
    }

    /**
     * Every experiment of the caller as a strip, archived ones only on request. A fixed number of queries whatever
     * the number of experiments: the list, their dates, their stage moves, their milestones and their plans.
     */
    @Transactional(readOnly = true)
    public List<TimelineRow> timeline(boolean includeArchived) {
        List<ExperimentSummary> mine = experiments.listMine(includeArchived, 0, MAX_ROWS);
        List<Long> ids = mine.stream().map(ExperimentSummary::id).toList();
        access.requireMemberOfAll(ids);
        Map<Long, ExperimentDates> dates = experiments.dates(ids).stream()
                .collect(Collectors.toMap(ExperimentDates::id, Function.identity()));
        Map<Long, List<StageMove>> moves = experiments.stageMoves(ids).stream()
                .collect(Collectors.groupingBy(StageMove::experimentId));
        Map<Long, List<MilestoneView>> milestones = schedule.milestones(ids).stream()
                .collect(Collectors.groupingBy(MilestoneView::experimentId));
        Map<Long, StagePlanRecord> planned = plans.findAllById(ids).stream()
                .collect(Collectors.toMap(StagePlanRecord::getExperimentId, Function.identity()));
        LocalDate today = today();
        return mine.stream().filter(s -> dates.containsKey(s.id())).map(s -> {
            ExperimentDates d = dates.get(s.id());
            StagePlanRecord plan = planned.get(s.id());
            StagePlanDraft set = plan == null ? StagePlanDraft.EMPTY : plan.toDraft();
            List<MilestoneView> ms = milestones.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparing(MilestoneView::date)).toList();
            MilestoneView next = ms.stream().filter(m -> !m.date().isBefore(today)).findFirst().orElse(null);
            return new TimelineRow(s.id(), s.title(), s.stage(), s.archived(), s.myRole(), d.eventDate(),
                    d.followUpEnd(), TimelineDates.spans(d, s.stage(), set, moves.getOrDefault(s.id(), List.of())),
                    ms, next, plan == null ? -1 : plan.getVersion(),
                    s.myRole() == MemberRole.OWNER && !s.archived());
        }).toList();
    }

    /** The planned dates of one experiment as the dialog shows them. Every member reads. */
    @Transactional(readOnly = true)
    public StagePlan plan(long experimentId) {
        access.requireMember(experimentId);
        ExperimentDates d = datesOf(experimentId);
        StagePlanRecord plan = plans.findById(experimentId).orElse(null);
        return new StagePlan(experimentId, plan == null ? -1 : plan.getVersion(),
                plan == null ? StagePlanDraft.EMPTY : plan.toDraft(),
                TimelineDates.derived(d.planningStart(), d.eventDate()), d.eventDate(),
                plan == null ? null : plan.getUpdatedByName(), plan == null ? null : plan.getUpdatedAt());
    }

    /**
     * Owner: sets the planned stage starts (empty ones follow the backward plan). Refused with who saved last when
     * someone saved since {@code expectedVersion} (-1: nobody had); refused with a message when the stages would not
     * follow each other. Every open timeline of the experiment's members redraws the strip.
     */
    public void savePlan(long experimentId, long expectedVersion, StagePlanDraft draft) {
        access.requireOwner(experimentId);
        ExperimentDates d = datesOf(experimentId);
        StagePlanRecord plan = plans.findById(experimentId).orElse(null);
        long current = plan == null ? -1 : plan.getVersion();
        if (current != expectedVersion) {
            throw plan == null ? new ConflictException("?", clock.instant())
                    : new ConflictException(plan.getUpdatedByName(), plan.getUpdatedAt());
        }
        List<String> problems = TimelineDates.problems(draft, TimelineDates.derived(d.planningStart(), d.eventDate()),
                d.eventDate());
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        String me = currentUser.require().displayName();
        if (plan == null) {
            plan = new StagePlanRecord(experimentId, clock.instant(), me);
        }
        plan.apply(draft, clock.instant(), me);
        plans.saveAndFlush(plan);
        publisher.publishEvent(LiveUpdate.of(experimentId, PortfolioLive.PLAN));
    }

    private ExperimentDates datesOf(long experimentId) {
        return experiments.dates(List.of(experimentId)).stream().findFirst()
                .orElseThrow(() -> new kr.silheomjang.shared.NotFoundOrDeniedException(experimentId));
    }
}
