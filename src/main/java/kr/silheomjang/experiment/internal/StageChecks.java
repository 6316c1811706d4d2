package kr.silheomjang.experiment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveKind;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.experiment.StageFlag;

/**
 * Puts the contributed items and the owners' "해당 없음" marks together and finds the date flags. The sources are
 * looked up lazily: some of them use services that use the experiment service, which itself asks this class.
 */
@Component
public class StageChecks {

    private final ObjectProvider<StageCheckSource> sources;
    private final StageCheckWaiverRepository waivers;
    private final Clock clock;

    StageChecks(ObjectProvider<StageCheckSource> sources, StageCheckWaiverRepository waivers, Clock clock) {
        this.sources = sources;
        this.waivers = waivers;
        this.clock = clock;
    }

    /** What every source names, so a page listening to them follows the checklist live. */
    public Set<LiveKind> liveKinds() {
        Set<LiveKind> kinds = new LinkedHashSet<>();
        sources.orderedStream().forEach(s -> kinds.addAll(s.liveKinds()));
        return kinds;
    }

    /** Every item of one experiment, in stage order, then source order. */
    public List<StageCheckItem> items(long experimentId, Stage current, LocalDate eventDate) {
        List<StageCheck> checks = new ArrayList<>();
        sources.orderedStream().forEach(s -> checks.addAll(s.stageChecks(experimentId)));
        return combine(checks, waivers.findByExperimentId(experimentId), current, eventDate);
    }

    /** The same for many experiments: one call per source and one query for the marks, never one per experiment. */
    public Map<Long, List<StageCheckItem>> items(Map<Long, Stage> stages, Map<Long, LocalDate> eventDates) {
        Collection<Long> ids = stages.keySet();
        Map<Long, List<StageCheck>> checks = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            sources.orderedStream().forEach(s -> s.stageChecks(ids)
                    .forEach((id, list) -> checks.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list)));
        }
        Map<Long, List<StageCheckWaiver>> marks = ids.isEmpty() ? Map.of()
                : waivers.findByExperimentIdIn(ids).stream()
                        .collect(Collectors.groupingBy(StageCheckWaiver::getExperimentId));
        Map<Long, List<StageCheckItem>> all = new java.util.HashMap<>();
        for (long id : ids) {
            all.put(id, combine(checks.getOrDefault(id, List.of()), marks.getOrDefault(id, List.of()),
                    stages.get(id), eventDates.get(id)));
        }
        return all;
    }

    private List<StageCheckItem> combine(List<StageCheck> checks, List<StageCheckWaiver> marks, Stage current,
            LocalDate eventDate) {
        Map<String, StageCheckWaiver> byKey = marks.stream()
                .collect(Collectors.toMap(StageCheckWaiver::getCheckKey, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<StageCheckItem> items = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (StageCheck c : checks) {
                if (c.stage() != stage) {
                    continue;
                }
                StageCheckWaiver w = byKey.get(c.key());
                if (c.done()) {
                    items.add(new StageCheckItem(c, StageCheckItem.State.DONE, null, null, null,
                            w == null ? null : w.getVersion(), false));
                } else if (w != null) {
                    items.add(new StageCheckItem(c, StageCheckItem.State.NOT_APPLICABLE, w.getReason(),
                            w.getWaivedByName(), w.getWaivedAt(), w.getVersion(), false));
                } else {
                    items.add(new StageCheckItem(c, StageCheckItem.State.OPEN, null, null, null, null,
                            late(c, current, eventDate, today)));
                }
            }
        }
        return items;
    }

    /** Open after its date before the event day, while the event is still ahead (afterwards it no longer helps). */
    private static boolean late(StageCheck c, Stage current, LocalDate eventDate, LocalDate today) {
        return c.dueDaysBefore() != null && current != Stage.FOLLOW_UP
                && !today.isBefore(eventDate.minusDays(c.dueDaysBefore())) && !today.isAfter(eventDate);
    }

    /** 진행 before the event day, and every late item. */
    public static List<StageFlag> flags(Stage current, LocalDate eventDate, LocalDate today,
            List<StageCheckItem> items) {
        List<StageFlag> flags = new ArrayList<>();
        if (current == Stage.RUN_DAY && today.isBefore(eventDate)) {
            flags.add(new StageFlag(StageFlag.Kind.RUN_BEFORE_EVENT_DAY, null, 0));
        }
        for (StageCheckItem i : items) {
            if (i.late()) {
                flags.add(new StageFlag(StageFlag.Kind.LATE_ITEM, i.key(), i.check().dueDaysBefore()));
            }
        }
        return flags;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
