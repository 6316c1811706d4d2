package kr.silheomjang.planning.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.MemberRemoved;
import kr.silheomjang.planning.PlanningLive;

/**
 * A member who leaves an experiment (removed, or their account deleted) is no longer assigned to its cards, in the
 * removing transaction. Otherwise the card would show a name nobody can act for, and saving it would be refused
 * because its assignees must be members. The cards' versions move, so a save over the old assignees is a conflict
 * naming who removed the member, and open boards and card dialogs hear of it.
 */
@Component
class DepartedMemberAssignments {

    private final CardRepository cards;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DepartedMemberAssignments(CardRepository cards, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(MemberRemoved e) {
        // A save that adds the member as an assignee locks their membership row first
        // (ExperimentAccess.lockMembership), and the removal deleted that row before this runs: such a save either
        // committed before (its assignment is read here) or waits and is refused.
        List<Long> assigned = cards.assignedTo(e.experimentId(), e.userId());
        if (assigned.isEmpty()) {
            return;
        }
        cards.unassign(assigned, e.userId());
        cards.touch(assigned, clock.instant(), e.removedByName());
        events.publishEvent(LiveUpdate.of(e.experimentId(), PlanningLive.BOARD, assigned));
    }
}
