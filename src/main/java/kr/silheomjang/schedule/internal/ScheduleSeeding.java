package kr.silheomjang.schedule.internal;

import kr.silheomjang.security.RunAs;

import java.time.LocalTime;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.experiment.ExperimentCreated;
import kr.silheomjang.schedule.BackwardPlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;

/** Gives new experiments their own editable copy of the template, and the demo case a planned schedule. */
@Component
class ScheduleSeeding {

    private final TemplateStepRepository steps;
    private final ScheduleService schedule;
    private final BackwardPlanningService planning;
    private final RunAs runAs;

    private final kr.silheomjang.schedule.ProposerMeetingService meetings;
    private final java.time.Clock clock;

    ScheduleSeeding(TemplateStepRepository steps, ScheduleService schedule, BackwardPlanningService planning,
            RunAs runAs, kr.silheomjang.schedule.ProposerMeetingService meetings, java.time.Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.steps = steps;
        this.schedule = schedule;
        this.planning = planning;
        this.runAs = runAs;
    }

    @EventListener
    void on(ExperimentCreated e) {
        if (steps.findByExperimentIdOrderByOffsetDaysAscIdAsc(e.experimentId()).isEmpty()) {
            steps.saveAll(steps.findByExperimentIdIsNullOrderByOffsetDaysAscIdAsc().stream()
                    .map(d -> new TemplateStep(e.experimentId(), d.getOffsetDays(), d.getTitle(), d.getType()))
                    .toList());
        }
    }

    /** The guide's case: the template accepted, plus the filming-team meeting with owner and partner. */
    @EventListener
    void on(DemoWorkspaceCreated demo) {
        runAs.user(demo.ownerUserId(), () -> {
            long id = demo.nightSchoolId();
            var eventDate = schedule.eventDate(id);
            // The proposer meeting already happened (the pool's outreach log says so): the one meeting, dated, so
            // the backward plan does not make a second one.
            meetings.setDate(id, meetings.current(id), java.time.LocalDate.now(clock).minusDays(20));
            planning.acceptTemplate(id);
            schedule.create(id, new EventDraft("촬영팀 미팅", EventType.FILMING_MEETING, eventDate.minusDays(20),
                    LocalTime.of(14, 0), eventDate.minusDays(20), LocalTime.of(15, 30), "서울역 회의실",
                    Set.of(demo.ownerUserId(), demo.partnerUserId()), "촬영 동선과 인터뷰 대상 확인"));
            schedule.create(id, new EventDraft("행사 당일", EventType.EVENT_DAY, eventDate, null, eventDate, null,
                    "서울역", Set.of(demo.ownerUserId(), demo.plannerUserId(), demo.partnerUserId()), null));
            return null;
        });
    }
}
