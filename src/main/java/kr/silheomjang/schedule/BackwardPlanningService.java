package kr.silheomjang.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.schedule.internal.EventRules;
import kr.silheomjang.schedule.internal.ScheduleEvent;
import kr.silheomjang.schedule.internal.ScheduleEventRepository;
import kr.silheomjang.schedule.internal.ScheduleSetting;
import kr.silheomjang.schedule.internal.ScheduleSettingRepository;
import kr.silheomjang.schedule.internal.Shifts;
import kr.silheomjang.schedule.internal.TemplateStep;
import kr.silheomjang.schedule.internal.TemplateStepRepository;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.security.CurrentUser;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;

/**
 * Backward planning (역산 일정): each experiment's own copy of the template of steps counted back from the event day,
 * turning it into calendar events, and shifting those events when the event day moves. Owners edit the template;
 * owners and planners shift.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BackwardPlanningService {

    private final ScheduleEventRepository events;
    private final TemplateStepRepository steps;
    private final ScheduleSettingRepository settings;
    private final ExperimentAccess access;
    private final ExperimentService experiments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final List<EventDayFollower> followers;

    BackwardPlanningService(ScheduleEventRepository events, TemplateStepRepository steps,
            ScheduleSettingRepository settings, ExperimentAccess access, ExperimentService experiments,
            CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock,
            List<EventDayFollower> followers) {
        this.followers = List.copyOf(followers);
        this.events = events;
        this.steps = steps;
        this.settings = settings;
        this.access = access;
        this.experiments = experiments;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The experiment's template (copied from the default on first use); steps in date order. */
    public List<TemplateStepView> template(long experimentId) {
        access.requireMember(experimentId);
        LocalDate eventDate = experiments.get(experimentId).eventDate();
        Set<Long> planned = events.findByExperimentIdAndTemplateStepIdIsNotNull(experimentId).stream()
                .map(ScheduleEvent::getTemplateStepId).collect(Collectors.toSet());
        // One proposer, one meeting: when the experiment has its proposer meeting (typed on 제안자 동의, carried from
        // the proposal pool or made earlier), the plan's step counts as planned and never makes a second one.
        boolean hasMeeting = events.findFirstByExperimentIdAndTypeOrderByIdAsc(experimentId,
                EventType.PROPOSER_MEETING).isPresent();
        LocalDate today = LocalDate.now(clock.withZone(ProposerMeetingService.SEOUL));
        return stepsOf(experimentId).stream()
                .map(s -> {
                    LocalDate date = eventDate.plusDays(s.getOffsetDays());
                    boolean meeting = s.getType() == EventType.PROPOSER_MEETING;
                    boolean done = planned.contains(s.getId()) || meeting && hasMeeting;
                    return new TemplateStepView(s.getId(), s.getVersion(), s.getOffsetDays(), s.getTitle(),
                            s.getType(), date, done, meeting && !done && date.isBefore(today));
                })
                .toList();
    }

    /** Owner: makes an event for every template step not planned yet; returns how many. */
    public int acceptTemplate(long experimentId) {
        access.requireOwner(experimentId);
        LocalDate eventDate = experiments.get(experimentId).eventDate();
        ScheduleSetting setting = setting(experimentId);
        // A pending shift (relative events, or roster lines on the old event day) is answered first: accepting
        // moves the anchor and would drop the question unanswered.
        if (Shifts.preview(events, experimentId, eventDate, setting, followers) != null) {
            throw new UserFacingException("schedule.template.shiftFirst");
        }
        AppUser me = currentUser.require();
        Instant now = clock.instant();
        int made = 0;
        List<Long> ids = new ArrayList<>();
        for (TemplateStepView step : template(experimentId)) {
            if (step.alreadyPlanned() || step.pastMeeting()) {
                continue;
            }
            ScheduleEvent e = new ScheduleEvent(experimentId, UUID.randomUUID() + "@silheomjang", me.id(), now,
                    me.displayName());
            e.apply(EventDraft.allDay(step.title(), step.type(), step.date()));
            e.setOffsetDays(step.offsetDays());
            e.setTemplateStepId(step.id());
            events.save(e);
            ids.add(e.getId());
            made++;
        }
        setting.setAnchorDate(eventDate);
        setting.touch(now, me.displayName());
        if (made > 0) {
            publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids.toArray(Long[]::new)));
        }
        return made;
    }

    /** Owner: adds ({@code stepId} null) or changes a step of the experiment's template. */
    public void saveTemplateStep(long experimentId, Long stepId, long expectedVersion, int offsetDays, String title,
            EventType type) {
        access.requireOwner(experimentId);
        List<String> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add("schedule.error.titleRequired");
        } else if (title.strip().length() > EventRules.MAX_TITLE) {
            errors.add("schedule.error.titleTooLong");
        }
        if (type == null) {
            errors.add("schedule.error.typeRequired");
        }
        if (Math.abs(offsetDays) > 400) {
            errors.add("schedule.error.offsetRange");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        stepsOf(experimentId);
        TemplateStep step;
        if (stepId == null) {
            step = new TemplateStep(experimentId, offsetDays, title.strip(), type);
        } else {
            step = steps.findByIdAndExperimentId(stepId, experimentId)
                    .orElseThrow(() -> new NotFoundOrDeniedException(experimentId));
            if (step.getVersion() != expectedVersion) {
                throw new UserFacingException("schedule.template.changedMeanwhile");
            }
            step.setOffsetDays(offsetDays);
            step.setTitle(title.strip());
            step.setType(type);
        }
        steps.save(step);
        announce(experimentId);
    }

    public void removeTemplateStep(long experimentId, long stepId) {
        access.requireOwner(experimentId);
        steps.findByIdAndExperimentId(stepId, experimentId).ifPresent(steps::delete);
        announce(experimentId);
    }

    /**
     * Editors: shifts the events planned relative to the event day by as much as the event day moved, and what other
     * features planned on the old event day (the staff roster's lines) to the new one: one answer for both. Returns
     * how many calendar events moved.
     */
    public int applyShift(long experimentId, LocalDate from, LocalDate to) {
        access.requireEditor(experimentId);
        ShiftPreview preview = Shifts.preview(events, experimentId, experiments.get(experimentId).eventDate(),
                settings.findById(experimentId).orElse(null), followers);
        if (preview == null || !preview.from().equals(from) || !preview.to().equals(to)) {
            throw new UserFacingException("schedule.shift.stale");
        }
        long days = ChronoUnit.DAYS.between(from, to);
        List<Long> ids = new ArrayList<>();
        for (ScheduleEvent e : events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(experimentId)) {
            e.setStartDate(e.getStartDate().plusDays(days));
            e.setEndDate(e.getEndDate().plusDays(days));
            e.touch(clock.instant(), currentUser.require().displayName());
            ids.add(e.getId());
        }
        for (EventDayFollower f : followers) {
            f.follow(experimentId, from, to);
        }
        ScheduleSetting setting = setting(experimentId);
        setting.setAnchorDate(to);
        setting.touch(clock.instant(), currentUser.require().displayName());
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, ids.toArray(Long[]::new)));
        return ids.size();
    }

    /** Editors: keeps the relative events where they are and plans from the new event day from now on. */
    public void dismissShift(long experimentId, LocalDate to) {
        access.requireEditor(experimentId);
        ScheduleSetting setting = setting(experimentId);
        LocalDate anchor = setting.getAnchorDate();
        if (anchor != null && !anchor.equals(to)) {
            long days = ChronoUnit.DAYS.between(anchor, to);
            for (ScheduleEvent e : events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(experimentId)) {
                e.setOffsetDays((int) (e.getOffsetDays() - days));
            }
            setting.setAnchorDate(to);
            setting.touch(clock.instant(), currentUser.require().displayName());
        }
        announce(experimentId);
    }

    private List<TemplateStep> stepsOf(long experimentId) {
        List<TemplateStep> own = steps.findByExperimentIdOrderByOffsetDaysAscIdAsc(experimentId);
        if (!own.isEmpty()) {
            return own;
        }
        List<TemplateStep> copies = steps.findByExperimentIdIsNullOrderByOffsetDaysAscIdAsc().stream()
                .map(d -> new TemplateStep(experimentId, d.getOffsetDays(), d.getTitle(), d.getType()))
                .toList();
        return steps.saveAll(copies);
    }

    private ScheduleSetting setting(long experimentId) {
        return settings.ensure(experimentId, clock.instant(), currentUser.require().displayName());
    }

    private void announce(long experimentId) {
        publisher.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS));
    }
}
