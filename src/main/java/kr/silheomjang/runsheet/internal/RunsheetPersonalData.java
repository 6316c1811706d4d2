package kr.silheomjang.runsheet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.runsheet.RunsheetLive;
import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the cue sheet: segment notes are free text where a team may write about people ("김어르신 휠체어
 * 자리 안내"). The purge empties them; a person's export and erasure cover the content, place, materials and notes
 * that mention them. The person in charge is a staff name from the roster, kept like the roster's names. A changed
 * segment's version moves and the change is announced as {@link RunsheetLive#CUES}: open cue sheets show the erased
 * text, and a segment form still holding the old words is told on saving instead of writing them back.
 */
@Component
class RunsheetPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    RunsheetPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String module() {
        return "runsheet";
    }

    private List<Map<String, Object>> segments(long experimentId) {
        return jdbc.queryForList("select id, content, place, materials, notes from cue_segment"
                + " where experiment_id = ? order by sort_key, id", experimentId);
    }

    @Override
    public int purge(long experimentId) {
        int n = jdbc.update("update cue_segment set notes = null, version = version + 1 where experiment_id = ?"
                + " and notes is not null", experimentId);
        if (n > 0) {
            events.publishEvent(LiveUpdate.of(experimentId, RunsheetLive.CUES));
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<String>> rows = new ArrayList<>();
        for (var s : segments(experimentId)) {
            if (mentions(person, s)) {
                rows.add(List.of(text(s, "content"), text(s, "place"), text(s, "materials"), text(s, "notes")));
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("cues", List.of("personal.header.content", "personal.header.place", "personal.header.materials", "personal.header.remarks"), rows));
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        List<Long> changed = new ArrayList<>();
        for (var s : segments(experimentId)) {
            if (mentions(person, s)) {
                changed.add(((Number) s.get("id")).longValue());
                n += jdbc.update("update cue_segment set content = ?, place = ?, materials = ?, notes = ?,"
                        + " version = version + 1 where id = ?", person.redact((String) s.get("content")),
                        person.redact((String) s.get("place")), person.redact((String) s.get("materials")),
                        person.redact((String) s.get("notes")), s.get("id"));
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, RunsheetLive.CUES, changed));
        }
        return n;
    }

    private static boolean mentions(Person person, Map<String, Object> s) {
        return person.mentionedIn((String) s.get("content")) || person.mentionedIn((String) s.get("place"))
                || person.mentionedIn((String) s.get("materials")) || person.mentionedIn((String) s.get("notes"));
    }

    private static String text(Map<String, Object> s, String column) {
        Object v = s.get(column);
        return v == null ? "" : v.toString();
    }
}
