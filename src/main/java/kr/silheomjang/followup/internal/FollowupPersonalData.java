package kr.silheomjang.followup.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.followup.FollowupLive;
import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the follow-up stage: free text of the team's retrospective notes, actions, mailing templates and
 * the hand-off report's summary and highlights (people write names into them). Answers by link are the survey engine's. The purge empties the text; a person's
 * export and erasure cover the texts that mention them.
 */
@Component
class FollowupPersonalData implements PersonalDataHolder {

    /**
     * Each table with one free-text column, and the live kind of its editors (null: no editor, e.g. a retrospective
     * note, which is never edited once written).
     */
    private record Text(String table, String column, FollowupLive kind) {

        boolean versioned() {
            return kind != FollowupLive.RETRO;
        }

        /**
         * A versioned row's version moves with its text: an editor still open on the text as it was saves against
         * the old version and is told, rather than writing the erased words back.
         */
        String set() {
            return column + " = ?" + (versioned() ? ", version = version + 1" : "");
        }
    }

    private static final List<Text> TEXTS = List.of(new Text("retro_entry", "body", FollowupLive.RETRO),
            new Text("retro_action", "body", FollowupLive.ACTIONS),
            new Text("followup_mailing", "subject", FollowupLive.MAILING),
            new Text("followup_mailing", "body", FollowupLive.MAILING),
            new Text("result_report", "summary", FollowupLive.REPORT),
            new Text("result_report", "highlights", FollowupLive.REPORT));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    FollowupPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String module() {
        return "followup";
    }

    @Override
    public int purge(long experimentId) {
        int n = 0;
        Set<FollowupLive> changed = new LinkedHashSet<>();
        for (Text t : TEXTS) {
            int rows = jdbc.update("update " + t.table() + " set " + t.set() + " where experiment_id = ? and "
                    + t.column() + " <> ?", ERASED, experimentId, ERASED);
            if (rows > 0) {
                changed.add(t.kind());
            }
            n += rows;
        }
        changed.forEach(kind -> events.publishEvent(LiveUpdate.of(experimentId, kind)));
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<Object>> rows = new ArrayList<>();
        for (Text t : TEXTS) {
            for (var r : jdbc.queryForList("select " + t.column() + " as text from " + t.table()
                    + " where experiment_id = ? order by id", experimentId)) {
                String text = (String) r.get("text");
                if (person.mentionedIn(text)) {
                    rows.add(List.of(new Label("personal.record." + t.table() + "." + t.column(), t.table()), text));
                }
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("followup-texts", List.of("personal.header.recordKind", "personal.header.content"), rows));
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        Map<FollowupLive, List<Long>> changed = new LinkedHashMap<>();
        for (Text t : TEXTS) {
            for (var r : jdbc.queryForList("select id, " + t.column() + " as text from " + t.table()
                    + " where experiment_id = ?", experimentId)) {
                String text = (String) r.get("text");
                if (person.mentionedIn(text)) {
                    long id = ((Number) r.get("id")).longValue();
                    n += jdbc.update("update " + t.table() + " set " + t.set() + " where id = ?", person.redact(text),
                            id);
                    changed.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(id);
                }
            }
        }
        // Open editors hear of it (after commit, as every change) and show the erased text.
        changed.forEach((kind, ids) -> events.publishEvent(LiveUpdate.of(experimentId, kind, ids)));
        return n;
    }
}
