package kr.silheomjang.schedule;

import java.time.LocalDate;
import java.util.List;

import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.shared.DueDateSource;

/**
 * Everything one calendar range shows, read in one go: the events the caller may see, other features' due items,
 * the event day, and what the caller may do.
 */
public record CalendarData(long experimentId, String experimentTitle, LocalDate eventDate, MemberRole myRole,
        boolean canAdd, boolean guestsMayAdd, long settingsVersion, List<EventView> events,
        List<DueDateSource.DueItem> dueItems, List<MemberView> members, ShiftPreview pendingShift) {
}
