package kr.silheomjang.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;

import kr.silheomjang.Application;
import kr.silheomjang.schedule.EventView;

/**
 * Writes events as RFC 5545 iCalendar with biweekly. Timed events carry {@code TZID=Asia/Seoul} and an embedded
 * VTIMEZONE (Korea has kept UTC+9 without daylight saving since 1988, so one STANDARD rule is exact); all-day events
 * are DATE values with an exclusive DTEND, as Google Calendar and Outlook expect.
 */
public final class IcsWriter {

    private static final TimeZone SEOUL = TimeZone.getTimeZone(Application.ZONE);

    private IcsWriter() {
    }

    /** A whole-day entry that is not an event of its own (the event day, a card's due date). */
    public record DayEntry(String uid, String title, LocalDate date, String category) {
    }

    public static String write(String calendarName, List<EventView> events, Function<EventView, String> typeLabel) {
        return write(calendarName, events, typeLabel, List.of(), null);
    }

    /**
     * @param days  whole-day entries shown on the calendar besides events
     * @param stamp DTSTAMP for {@code days} (they have no change time of their own); null: now
     */
    public static String write(String calendarName, List<EventView> events, Function<EventView, String> typeLabel,
            List<DayEntry> days, @Nullable Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Silheomjang//Schedule//KO");
        ical.setMethod(Method.publish());
        ical.setName(calendarName);
        ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        ical.setExperimentalProperty("X-WR-TIMEZONE", Application.ZONE.getId());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(SEOUL, seoulTimezone()));
        for (EventView e : events) {
            ical.addEvent(toVEvent(e, typeLabel.apply(e)));
        }
        Date dtStamp = Date.from(stamp == null ? Instant.now() : stamp);
        for (DayEntry d : days) {
            VEvent v = new VEvent();
            v.setUid(d.uid());
            v.setDateTimeStamp(dtStamp);
            v.setSummary(d.title());
            v.addCategories(d.category());
            v.setDateStart(new DateStart(dateOnly(d.date())));
            v.setDateEnd(new DateEnd(dateOnly(d.date().plusDays(1))));
            v.setTransparency(biweekly.property.Transparency.transparent());
            ical.addEvent(v);
        }
        // biweekly folds at 75 characters; RFC 5545 (3.1) says 75 octets, which Korean text in UTF-8 (3 octets a
        // syllable) exceeds by far. So it writes unfolded lines and they are folded here by octets.
        return fold(Biweekly.write(ical).version(ICalVersion.V2_0).foldLines(false).go());
    }

    static final int MAX_LINE_OCTETS = 75;

    /**
     * Folds every content line to at most {@value #MAX_LINE_OCTETS} octets of UTF-8 (CRLF not counted), continuation
     * lines starting with one space; never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = MAX_LINE_OCTETS;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static VEvent toVEvent(EventView e, String typeLabel) {
        VEvent v = new VEvent();
        v.setUid(e.uid());
        v.setDateTimeStamp(Date.from(e.updatedAt()));
        v.setLastModified(Date.from(e.updatedAt()));
        v.setSequence((int) e.version());
        v.setSummary(e.title());
        v.addCategories(typeLabel);
        if (e.place() != null) {
            v.setLocation(e.place());
        }
        if (e.notes() != null) {
            v.setDescription(e.notes());
        }
        if (e.allDay()) {
            v.setDateStart(new DateStart(dateOnly(e.startDate())));
            v.setDateEnd(new DateEnd(dateOnly(e.endDate().plusDays(1))));
        } else {
            v.setDateStart(new DateStart(dateTime(e.startDate(), e.startTime()), true));
            v.setDateEnd(new DateEnd(dateTime(e.endDate(), e.endTime()), true));
        }
        return v;
    }

    /** biweekly writes DATE values in the JVM's default zone, so the day is pinned to midnight there. */
    private static ICalDate dateOnly(LocalDate d) {
        Date instant = Date.from(d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        return new ICalDate(instant, new DateTimeComponents(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), false);
    }

    private static Date dateTime(LocalDate d, LocalTime t) {
        return Date.from(LocalDateTime.of(d, t).atZone(Application.ZONE).toInstant());
    }

    private static VTimezone seoulTimezone() {
        VTimezone tz = new VTimezone(Application.ZONE.getId());
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 9, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 9, 0));
        standard.addTimezoneName("KST");
        tz.addStandardTime(standard);
        return tz;
    }
}
