package kr.silheomjang.people.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.MemberRemoved;
import kr.silheomjang.people.PeopleLive;

/**
 * A member who leaves an experiment leaves its staff roster's links: every line linked to their account is unlinked
 * in the removing transaction (its version moves, "changed by" names the owner who removed them), and open rosters
 * and run-day pages hear of it (a guest's mark buttons go with the link; decision note 0067).
 */
@Component
class StaffLinkCleanup {

    private final StaffAssignmentRepository assignments;
    private final PeopleAudit audit;
    private final Clock clock;

    StaffLinkCleanup(StaffAssignmentRepository assignments, PeopleAudit audit, Clock clock) {
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(MemberRemoved e) {
        int unlinked = assignments.unlink(e.experimentId(), e.userId(), clock.instant(), e.removedByName());
        if (unlinked > 0) {
            audit.announce(e.experimentId(), PeopleLive.STAFF, List.of());
        }
    }
}
