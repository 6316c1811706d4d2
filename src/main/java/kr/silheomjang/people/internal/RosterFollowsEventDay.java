package kr.silheomjang.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.schedule.EventDayFollower;
import kr.silheomjang.schedule.ShiftPreview;
import kr.silheomjang.security.CurrentUser;

/**
 * The staff roster's lines on the event day move with it: they are offered in the calendar's one question about a
 * moved event day and move when the team shifts (BackwardPlanningService.applyShift checks the editor). Lines on other
 * days (set-up the day before, a rehearsal) stay where they are.
 */
@Component
class RosterFollowsEventDay implements EventDayFollower {

    /** The roster's name in the question (역할분담표). */
    static final String GROUP_KEY = "people.tab.staff";

    private final StaffAssignmentRepository assignments;
    private final PeopleAudit audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RosterFollowsEventDay(StaffAssignmentRepository assignments, PeopleAudit audit, CurrentUser currentUser,
            Clock clock) {
        this.assignments = assignments;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public List<ShiftPreview.Line> following(long experimentId, LocalDate from, LocalDate to) {
        return assignments.findByExperimentIdAndSlotDateOrderByStartTimeAscIdAsc(experimentId, from).stream()
                .map(a -> new ShiftPreview.Line(GROUP_KEY, a.getId(),
                        a.getRoleName() + " · " + a.getPersonName() + " " + a.getStartTime() + "–" + a.getEndTime(),
                        from, to))
                .toList();
    }

    @Override
    public int follow(long experimentId, LocalDate from, LocalDate to) {
        List<StaffAssignment> lines = assignments.findByExperimentIdAndSlotDateOrderByStartTimeAscIdAsc(experimentId,
                from);
        if (lines.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        String by = currentUser.require().displayName();
        lines.forEach(a -> a.moveTo(to, now, by));
        assignments.flush();
        audit.announce(experimentId, PeopleLive.STAFF, lines.stream().map(StaffAssignment::getId).toList());
        return lines.size();
    }
}
