package kr.silheomjang.runsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Current and next segment by the clock (Asia/Seoul), and started marks winning over it. */
class RunDayTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final LocalDate DAY = LocalDate.of(2027, 4, 1);

    static CueRow cue(long id, String start, int minutes, Instant started, Instant finished) {
        LocalTime s = LocalTime.parse(start);
        return new CueRow(id, 0, (int) id, s, s.plusMinutes(minutes), minutes, "구간" + id, null, null, null, null,
                started, finished, null, Instant.EPOCH, "-");
    }

    static CueSheet sheet(CueRow... rows) {
        return new CueSheet(1, "실험", DAY, LocalTime.of(14, 0), 0, List.of(rows), true, List.of(), Set.of(),
                null, null);
    }

    static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(SEOUL).toInstant();
    }

    @Test
    void theClockPicksCurrentAndNextOnTheRunDay() {
        CueSheet s = sheet(cue(1, "14:00", 15, null, null), cue(2, "14:15", 60, null, null),
                cue(3, "15:15", 20, null, null));
        RunDay d = RunDay.at(s, at(DAY, "14:20"), SEOUL);
        assertThat(d.onDay()).isTrue();
        assertThat(d.current().id()).isEqualTo(2);
        assertThat(d.next().id()).isEqualTo(3);

        RunDay before = RunDay.at(s, at(DAY, "13:40"), SEOUL);
        assertThat(before.current()).isNull();
        assertThat(before.next().id()).isEqualTo(1);

        RunDay after = RunDay.at(s, at(DAY, "16:00"), SEOUL);
        assertThat(after.current()).isNull();
        assertThat(after.next()).isNull();

        // The day before: nothing current, the first segment is next.
        RunDay eve = RunDay.at(s, at(DAY.minusDays(1), "14:20"), SEOUL);
        assertThat(eve.onDay()).isFalse();
        assertThat(eve.current()).isNull();
        assertThat(eve.next().id()).isEqualTo(1);
    }

    @Test
    void aStartedMarkWinsOverTheClockAndSaysHowLateItStarted() {
        List<CueRow> rows = new ArrayList<>();
        rows.add(cue(1, "14:00", 15, at(DAY, "14:00"), at(DAY, "14:25")));
        rows.add(cue(2, "14:15", 60, at(DAY, "14:25"), null));
        rows.add(cue(3, "15:15", 20, null, null));
        // 15:20 by the clock would be segment 3, but segment 2 still runs.
        RunDay d = RunDay.at(sheet(rows.toArray(CueRow[]::new)), at(DAY, "15:20"), SEOUL);
        assertThat(d.current().id()).isEqualTo(2);
        assertThat(d.next().id()).isEqualTo(3);
        assertThat(d.lateMinutes()).isEqualTo(10);
        assertThat(d.isCurrent(rows.get(1))).isTrue();
        assertThat(d.isNext(rows.get(2))).isTrue();

        // A finished segment is never current by the clock: its window passes to nobody, the next one waits.
        CueSheet s = sheet(cue(1, "14:00", 15, at(DAY, "14:00"), at(DAY, "14:05")), cue(2, "14:15", 60, null, null));
        RunDay early = RunDay.at(s, at(DAY, "14:10"), SEOUL);
        assertThat(early.current()).isNull();
        assertThat(early.next().id()).isEqualTo(2);
    }

    static long ids;

    static kr.silheomjang.runsheet.internal.CueSegment segment(String content, int minutes) {
        var seg = new kr.silheomjang.runsheet.internal.CueSegment(1, content);
        org.springframework.test.util.ReflectionTestUtils.setField(seg, "id", ++ids);
        seg.apply(new CueDraft(content, minutes, null, null, null, null), Instant.EPOCH, "-");
        return seg;
    }

    @Test
    void aLateNightProgrammeKeepsItsTimesAndItsHighlightPastMidnight() {
        // 22:30 start: 60 + 50 (crosses 24:00) + 30 (wholly on the next day).
        List<CueRow> rows = CueSheetService.rows(List.of(segment("공연", 60), segment("심야 토론", 50),
                segment("마무리", 30)), LocalTime.of(22, 30));
        assertThat(rows).extracting(CueRow::span)
                .containsExactly("22:30–23:30", "23:30–00:20(+1)", "00:20(+1)–00:50(+1)");
        CueSheet s = new CueSheet(1, "심야", DAY, LocalTime.of(22, 30), 0, rows, true, List.of(), Set.of(), null,
                null);
        assertThat(s.endLabel()).isEqualTo("00:50(+1)");

        RunDay beforeMidnight = RunDay.at(s, at(DAY, "23:50"), SEOUL);
        assertThat(beforeMidnight.onDay()).isTrue();
        assertThat(beforeMidnight.current().content()).isEqualTo("심야 토론");
        assertThat(beforeMidnight.next().content()).isEqualTo("마무리");

        // 00:10 the next morning: still the run (not "not today"), the crossing segment still current.
        RunDay afterMidnight = RunDay.at(s, at(DAY.plusDays(1), "00:10"), SEOUL);
        assertThat(afterMidnight.onDay()).isTrue();
        assertThat(afterMidnight.current().content()).isEqualTo("심야 토론");
        assertThat(afterMidnight.next().content()).isEqualTo("마무리");

        RunDay last = RunDay.at(s, at(DAY.plusDays(1), "00:30"), SEOUL);
        assertThat(last.current().content()).isEqualTo("마무리");
        assertThat(last.next()).isNull();

        // 00:10 on the run day itself is before the programme: nothing current, the first segment next.
        RunDay morning = RunDay.at(s, at(DAY, "00:10"), SEOUL);
        assertThat(morning.current()).isNull();
        assertThat(morning.next().content()).isEqualTo("공연");
        // After the end the next day, it is over.
        assertThat(RunDay.at(s, at(DAY.plusDays(1), "01:00"), SEOUL).onDay()).isFalse();
    }
}
