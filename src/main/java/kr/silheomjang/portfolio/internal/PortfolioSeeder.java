package kr.silheomjang.portfolio.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.DemoWorkspaceCreated;
import kr.silheomjang.portfolio.PortfolioService;
import kr.silheomjang.portfolio.StagePlan;
import kr.silheomjang.portfolio.StagePlanDraft;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.RunAs;

/**
 * Demo: both experiments get planned stage dates set by the owner and a few milestones (the night school's template
 * already brings two), so the timeline shows planned against actual at once. The actual dates come from the demo's
 * back-dated stage moves in the activity feed.
 */
@Component
class PortfolioSeeder {

    private final PortfolioService portfolio;
    private final ScheduleService schedule;
    private final RunAs runAs;
    private final Clock clock;

    PortfolioSeeder(PortfolioService portfolio, ScheduleService schedule, RunAs runAs, Clock clock) {
        this.portfolio = portfolio;
        this.schedule = schedule;
        this.runAs = runAs;
        this.clock = clock;
    }

    @EventListener
    void on(DemoWorkspaceCreated demo) {
        LocalDate today = LocalDate.now(clock.withZone(Application.ZONE));
        runAs.user(demo.ownerUserId(), () -> {
            long night = demo.nightSchoolId();
            StagePlan plan = portfolio.plan(night);
            LocalDate event = plan.eventDate();
            // Planned: topic selection two months ago, planning a little later than it really began.
            portfolio.savePlan(night, plan.version(), new StagePlanDraft(today.minusDays(60), today.minusDays(30),
                    event.minusDays(30), event.plusDays(3)));
            schedule.create(night, milestone("리허설", event.minusDays(3),
                    Set.of(demo.ownerUserId(), demo.plannerUserId(), demo.partnerUserId())));
            schedule.create(night, milestone("결과 공유회", event.plusDays(21), Set.of(demo.ownerUserId())));

            long seat = demo.prioritySeatId();
            StagePlan seatPlan = portfolio.plan(seat);
            LocalDate seatEvent = seatPlan.eventDate();
            portfolio.savePlan(seat, seatPlan.version(), new StagePlanDraft(null, today.plusDays(14),
                    seatEvent.minusDays(45), null));
            schedule.create(seat, milestone("기관 협의 완료", today.plusDays(10), Set.of()));
            schedule.create(seat, milestone("인형 제작 완료", seatEvent.minusDays(14), Set.of()));
            return null;
        });
    }

    private static EventDraft milestone(String title, LocalDate day, Set<Long> attendees) {
        return new EventDraft(title, EventType.MILESTONE, day, null, day, null, null, attendees, null, true);
    }
}
