package kr.silheomjang.people;

import java.util.EnumMap;
import java.util.Map;

/** How many participants are at each attendance step. */
public record StatusCounts(Map<AttendanceStatus, Long> byStatus) {

    public StatusCounts {
        Map<AttendanceStatus, Long> all = new EnumMap<>(AttendanceStatus.class);
        for (AttendanceStatus s : AttendanceStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long of(AttendanceStatus s) {
        return byStatus.get(s);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
