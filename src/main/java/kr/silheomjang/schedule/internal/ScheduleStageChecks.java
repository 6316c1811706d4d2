package kr.silheomjang.schedule.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleLive;

/**
 * What the calendar shows for the stage guide (기획): the event day on the calendar with its place (일시와 장소), and
 * the backward plan from the event day accepted (준비 일정). One query for any number of experiments.
 */
@Component
@Order(40)
class ScheduleStageChecks implements StageCheckSource {

    static final String DATE_AND_PLACE = "schedule.check.dateAndPlace";
    static final String BACKWARD_PLAN = "schedule.check.backwardPlan";

    private final ScheduleEventRepository events;
    private final ExperimentAccess access;

    ScheduleStageChecks(ScheduleEventRepository events, ExperimentAccess access) {
        this.events = events;
        this.access = access;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> ids) {
        access.requireMemberOfAll(ids);
        Map<Long, String> placeOfDay = new HashMap<>();
        Map<Long, LocalDate> day = new HashMap<>();
        Set<Long> planned = new HashSet<>();
        for (Object[] row : events.guideOutlines(ids, EventType.EVENT_DAY)) {
            long id = (Long) row[0];
            if (row[1] == EventType.EVENT_DAY) {
                day.putIfAbsent(id, (LocalDate) row[3]);
                String place = (String) row[2];
                if (place != null && !place.isBlank()) {
                    placeOfDay.putIfAbsent(id, place.strip());
                }
            }
            if (row[4] != null) {
                planned.add(id);
            }
        }
        Map<Long, List<StageCheck>> all = new HashMap<>();
        for (long id : ids) {
            String schedule = "experiments/" + id + "/schedule";
            String place = placeOfDay.get(id);
            all.put(id, List.of(
                    new StageCheck(DATE_AND_PLACE, Stage.PLANNING, place != null,
                            place != null ? "schedule.check.detail.place|" + place
                                    : day.containsKey(id) ? "schedule.check.detail.noPlace"
                                            : "schedule.check.detail.noEventDay",
                            schedule),
                    new StageCheck(BACKWARD_PLAN, Stage.PLANNING, planned.contains(id), null, schedule)));
        }
        return all;
    }

    @Override
    public Set<ScheduleLive> liveKinds() {
        return Set.of(ScheduleLive.EVENTS);
    }
}
