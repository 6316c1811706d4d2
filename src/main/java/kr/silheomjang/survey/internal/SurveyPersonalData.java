package kr.silheomjang.survey.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.survey.SurveyLive;

/**
 * Personal data of surveys and the observation log: free-text answers (anonymous, but people write names and
 * numbers into them), observation notes and their photos (faces). The purge empties the free text, the notes and
 * deletes the photos; choice and rating answers stay (the results remain countable). A person's export and erasure
 * cover the free text and notes that mention them, and the photo of such a note. What changed is announced
 * ({@link SurveyLive#RESPONSE} for answers, {@link SurveyLive#OBSERVATION} for notes) so open results and logs show
 * it. Neither answers nor notes are edited after they are written, so they carry no version to move.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    SurveyPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String module() {
        return "survey";
    }

    private static final String TEXT_ANSWERS = "select a.id, a.question_text, a.answer_text, r.submitted_at, s.title,"
            + " s.id as survey_id"
            + " from survey_answer a join survey_response r on r.id = a.response_id join survey s on s.id = r.survey_id"
            + " where s.experiment_id = ? and a.question_type in ('SHORT_TEXT', 'LONG_TEXT') order by a.id";

    @Override
    public int purge(long experimentId) {
        int answers = jdbc.update("update survey_answer set answer_text = ? where answer_text <> ? and question_type"
                + " in ('SHORT_TEXT', 'LONG_TEXT') and response_id in (select r.id from survey_response r join survey s"
                + " on s.id = r.survey_id where s.experiment_id = ?)", ERASED, ERASED, experimentId);
        int notes = jdbc.update("delete from observation_photo where observation_id in"
                + " (select id from observation where experiment_id = ?)", experimentId);
        notes += jdbc.update("update observation set note = ?, photo_type = null where experiment_id = ?"
                + " and (note <> ? or photo_type is not null)", ERASED, experimentId, ERASED);
        // Any number of surveys and notes: empty ids, every open results page and log reads again.
        if (answers > 0) {
            events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.RESPONSE));
        }
        if (notes > 0) {
            events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.OBSERVATION));
        }
        return answers + notes;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<PersonalTable> tables = new ArrayList<>();
        List<List<@Nullable Object>> answers = new ArrayList<>();
        for (var a : jdbc.queryForList(TEXT_ANSWERS, experimentId)) {
            if (person.mentionedIn((String) a.get("answer_text"))) {
                answers.add(PersonalTable.row(a.get("title"), a.get("question_text"),
                        PersonalDataHolder.utc(a.get("submitted_at")), a.get("answer_text")));
            }
        }
        if (!answers.isEmpty()) {
            tables.add(new PersonalTable("survey-answers", List.of("personal.header.survey", "personal.header.question", "personal.header.submittedAt", "personal.header.answer"), answers));
        }
        List<List<@Nullable Object>> notes = new ArrayList<>();
        for (var o : jdbc.queryForList("select note, author_name, observed_at, photo_type from observation"
                + " where experiment_id = ? order by id", experimentId)) {
            if (person.mentionedIn((String) o.get("note"))) {
                notes.add(PersonalTable.row(o.get("author_name"), PersonalDataHolder.utc(o.get("observed_at")),
                        // Whether the note has a photo, not its file type: the photo itself is the team's to show.
                        o.get("note"), o.get("photo_type") == null ? null : new Label("personal.yes", "yes")));
            }
        }
        if (!notes.isEmpty()) {
            tables.add(new PersonalTable("observations", List.of("personal.header.recorder", "personal.header.time", "personal.header.observation", "personal.header.photo"), notes));
        }
        return tables;
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        Set<Long> surveys = new LinkedHashSet<>();
        for (var a : jdbc.queryForList(TEXT_ANSWERS, experimentId)) {
            String text = (String) a.get("answer_text");
            if (person.mentionedIn(text)) {
                n += jdbc.update("update survey_answer set answer_text = ? where id = ?", person.redact(text),
                        a.get("id"));
                surveys.add(((Number) a.get("survey_id")).longValue());
            }
        }
        Set<Long> notes = new LinkedHashSet<>();
        for (var o : jdbc.queryForList("select id, note from observation where experiment_id = ?", experimentId)) {
            String note = (String) o.get("note");
            if (person.mentionedIn(note)) {
                // The photo of a note about the person may show them: it goes with the mention.
                jdbc.update("delete from observation_photo where observation_id = ?", o.get("id"));
                n += jdbc.update("update observation set note = ?, photo_type = null where id = ?",
                        person.redact(note), o.get("id"));
                notes.add(((Number) o.get("id")).longValue());
            }
        }
        if (!surveys.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.RESPONSE, surveys));
        }
        if (!notes.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, SurveyLive.OBSERVATION, notes));
        }
        return n;
    }
}
