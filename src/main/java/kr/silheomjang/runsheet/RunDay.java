package kr.silheomjang.runsheet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The current and the next segment at a moment of the run day (Asia/Seoul). A segment marked started and not finished
 * is current whatever the clock says (the day runs late or early); otherwise, on the run day, the clock picks the
 * segment whose planned time contains it. Next is the first unfinished segment after the current one (before the day,
 * or between segments, the first one still to come).
 *
 * @param onDay        whether it is the run day now
 * @param lateMinutes  how many minutes after its planned start the current segment was marked started (negative:
 *                     early; 0 when not marked)
 */
public record RunDay(boolean onDay, @Nullable CueRow current, @Nullable CueRow next, long lateMinutes) {

    public static RunDay at(CueSheet sheet, Instant now, ZoneId zone) {
        LocalDate day = sheet.day();
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        List<CueRow> cues = sheet.cues();
        // The run day, and past midnight until its last segment ends (a late-night programme).
        boolean onDay = day != null && (day.equals(local.toLocalDate()) || (!cues.isEmpty()
                && local.isAfter(day.atStartOfDay()) && local.isBefore(cues.get(cues.size() - 1).endOn(day))));
        int current = -1;
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).state() == CueState.STARTED) {
                current = i;
                break;
            }
        }
        if (current < 0 && onDay) {
            for (int i = 0; i < cues.size(); i++) {
                CueRow c = cues.get(i);
                if (c.state() != CueState.FINISHED && !local.isBefore(c.startOn(day)) && local.isBefore(c.endOn(day))) {
                    current = i;
                    break;
                }
            }
        }
        CueRow next = null;
        for (int i = current + 1; i < cues.size(); i++) {
            CueRow c = cues.get(i);
            boolean comingByClock = current >= 0 || !onDay || !c.startOn(day).isBefore(local);
            if (c.state() == CueState.PLANNED && comingByClock) {
                next = c;
                break;
            }
        }
        CueRow cur = current < 0 ? null : cues.get(current);
        long late = 0;
        if (cur != null && cur.startedAt() != null && day != null) {
            late = Duration.between(cur.startOn(day), LocalDateTime.ofInstant(cur.startedAt(), zone)).toMinutes();
        }
        return new RunDay(onDay, cur, next, late);
    }

    public boolean isCurrent(CueRow cue) {
        return current != null && current.id() == cue.id();
    }

    public boolean isNext(CueRow cue) {
        return next != null && next.id() == cue.id();
    }
}
