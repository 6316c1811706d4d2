package kr.silheomjang.followup.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the follow-up stage: free text of the team's retrospective notes, actions, mailing templates and
 * the hand-off report's summary and highlights (people write names into them). Answers by link are the survey engine's. The purge empties the text; a person's
 * export and erasure cover the texts that mention them.
 */
@Component
class FollowupPersonalData implements PersonalDataHolder {

    /** Each table with its free-text columns. */
    private static final List<String[]> TEXTS = List.of(new String[] {"retro_entry", "body"},
            new String[] {"retro_action", "body"}, new String[] {"followup_mailing", "subject"},
            new String[] {"followup_mailing", "body"}, new String[] {"result_report", "summary"},
            new String[] {"result_report", "highlights"});

    private final JdbcTemplate jdbc;

    FollowupPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "followup";
    }

    @Override
    public int purge(long experimentId) {
        int n = 0;
        for (String[] t : TEXTS) {
            n += jdbc.update("update " + t[0] + " set " + t[1] + " = ? where experiment_id = ? and " + t[1] + " <> ?",
                    ERASED, experimentId, ERASED);
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<Object>> rows = new ArrayList<>();
        for (String[] t : TEXTS) {
            for (var r : jdbc.queryForList("select " + t[1] + " as text from " + t[0] + " where experiment_id = ?"
                    + " order by id", experimentId)) {
                String text = (String) r.get("text");
                if (person.mentionedIn(text)) {
                    rows.add(List.of(new Label("personal.record." + t[0] + "." + t[1], t[0]), text));
                }
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("followup-texts", List.of("personal.header.recordKind", "personal.header.content"), rows));
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        for (String[] t : TEXTS) {
            for (var r : jdbc.queryForList("select id, " + t[1] + " as text from " + t[0]
                    + " where experiment_id = ?", experimentId)) {
                String text = (String) r.get("text");
                if (person.mentionedIn(text)) {
                    n += jdbc.update("update " + t[0] + " set " + t[1] + " = ? where id = ?", person.redact(text),
                            r.get("id"));
                }
            }
        }
        return n;
    }
}
