package kr.silheomjang.schedule.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.schedule.EventDayFollower;
import kr.silheomjang.schedule.ShiftPreview;

/** What moving the event day would do to the events planned relative to it (shown on the calendar, then applied). */
public final class Shifts {

    private Shifts() {
    }

    /**
     * Null when nothing would move: no anchor yet, the event day did not move, or nothing is planned relative to it
     * nor on the old event day by another feature ({@code followers}).
     */
    public static @Nullable ShiftPreview preview(ScheduleEventRepository events, long experimentId,
            LocalDate eventDate, @Nullable ScheduleSetting setting, List<EventDayFollower> followers) {
        if (setting == null || setting.getAnchorDate() == null || setting.getAnchorDate().equals(eventDate)) {
            return null;
        }
        LocalDate from = setting.getAnchorDate();
        long days = ChronoUnit.DAYS.between(from, eventDate);
        List<ShiftPreview.Change> changes = events.findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(
                experimentId).stream()
                .map(e -> new ShiftPreview.Change(e.getId(), e.getTitle(), e.getStartDate(),
                        e.getStartDate().plusDays(days)))
                .toList();
        List<ShiftPreview.Line> lines = new ArrayList<>();
        for (EventDayFollower f : followers) {
            lines.addAll(f.following(experimentId, from, eventDate));
        }
        return changes.isEmpty() && lines.isEmpty() ? null
                : new ShiftPreview(from, eventDate, changes, List.copyOf(lines));
    }
}
