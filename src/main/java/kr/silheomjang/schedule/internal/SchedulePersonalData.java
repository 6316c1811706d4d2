package kr.silheomjang.schedule.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.schedule.ScheduleLive;
import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the calendar: event notes are free text where a team writes about people ("김어르신 10시 픽업").
 * The purge empties them; a person's export and erasure cover the event titles, places and notes that mention them.
 * Attendees are members' accounts, kept with the membership. A changed event's version moves and the change is
 * announced as {@link ScheduleLive#EVENTS}: open calendars show the erased text, and an event dialog still holding the
 * old words is told on saving instead of writing them back.
 */
@Component
class SchedulePersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    SchedulePersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String module() {
        return "schedule";
    }

    private List<java.util.Map<String, Object>> events(long experimentId) {
        return jdbc.queryForList("select id, title, start_date, place, notes from schedule_event"
                + " where experiment_id = ? order by start_date, id", experimentId);
    }

    @Override
    public int purge(long experimentId) {
        int n = jdbc.update("update schedule_event set notes = null, version = version + 1 where experiment_id = ?"
                + " and notes is not null", experimentId);
        if (n > 0) {
            events.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS));
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var e : events(experimentId)) {
            if (person.mentionedIn((String) e.get("title")) || person.mentionedIn((String) e.get("place"))
                    || person.mentionedIn((String) e.get("notes"))) {
                rows.add(PersonalTable.row(e.get("title"), PersonalDataHolder.day(e.get("start_date")),
                        e.get("place"), e.get("notes")));
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("events", List.of("personal.header.event", "personal.header.date", "personal.header.place", "personal.header.note"), rows));
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        List<Long> changed = new ArrayList<>();
        for (var e : events(experimentId)) {
            String title = (String) e.get("title");
            String place = (String) e.get("place");
            String notes = (String) e.get("notes");
            if (person.mentionedIn(title) || person.mentionedIn(place) || person.mentionedIn(notes)) {
                n += jdbc.update("update schedule_event set title = ?, place = ?, notes = ?, version = version + 1"
                        + " where id = ?", person.redact(title), person.redact(place), person.redact(notes),
                        e.get("id"));
                changed.add(((Number) e.get("id")).longValue());
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, ScheduleLive.EVENTS, changed));
        }
        return n;
    }
}
