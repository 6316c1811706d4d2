package kr.silheomjang.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.shared.DueDateSource;

/** Cards with a due date, for the schedule's calendar (kind "card"); access checks happen in the service. */
@Component
class CardDueDateSource implements DueDateSource {

    static final String KIND = "card";

    private final PlanningService planning;

    CardDueDateSource(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public Set<PlanningLive> liveKinds() {
        return Set.of(PlanningLive.BOARD);
    }

    @Override
    public List<DueItem> dueItems(long experimentId, LocalDate from, LocalDate to) {
        return planning.dueBetween(experimentId, from, to).stream()
                .map(c -> new DueItem(KIND, c.id(), c.title(), c.due())).toList();
    }

    @Override
    public void moveDue(long experimentId, long itemId, LocalDate newDue) {
        planning.moveDue(experimentId, itemId, newDue);
    }
}
