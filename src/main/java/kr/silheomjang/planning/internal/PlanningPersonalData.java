package kr.silheomjang.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.planning.PlanningLive;
import kr.silheomjang.shared.PersonalDataHolder;

/**
 * Personal data of the planning board: card comments are free text where a team writes about people ("김어르신
 * 휠체어 동선 확인"). The purge empties them; a person's export and erasure cover the comments, card titles and
 * descriptions that mention them (titles and descriptions are work text and otherwise stay). What changed is
 * announced as {@link PlanningLive#BOARD}, so open boards and card dialogs show the erased text (a card's and a
 * comment's version moves with its text: a dialog still holding the old words is told on saving instead of writing
 * them back).
 */
@Component
class PlanningPersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PlanningPersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public String module() {
        return "planning";
    }

    private List<java.util.Map<String, Object>> comments(long experimentId) {
        return jdbc.queryForList("select m.id, m.card_id, m.body, m.author_name, m.created_at, c.title"
                + " from card_comment m join card c on c.id = m.card_id where c.experiment_id = ? order by m.id",
                experimentId);
    }

    @Override
    public int purge(long experimentId) {
        int n = jdbc.update("update card_comment set body = ?, version = version + 1 where body <> ? and card_id in"
                + " (select id from card where experiment_id = ?)", ERASED, ERASED, experimentId);
        if (n > 0) {
            // Comments of any number of cards: the whole board (and any open card) reads again.
            events.publishEvent(LiveUpdate.of(experimentId, PlanningLive.BOARD));
        }
        return n;
    }

    @Override
    public List<PersonalTable> export(long experimentId, Person person) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var c : comments(experimentId)) {
            if (person.mentionedIn((String) c.get("body"))) {
                rows.add(PersonalTable.row(c.get("title"), c.get("author_name"),
                        PersonalDataHolder.utc(c.get("created_at")), c.get("body")));
            }
        }
        List<PersonalTable> tables = new ArrayList<>();
        if (!rows.isEmpty()) {
            tables.add(new PersonalTable("card-comments", List.of("personal.header.card", "personal.header.author", "personal.header.time", "personal.header.comment"), rows));
        }
        // Card descriptions are work text, kept with the experiment; a mention of the person is theirs all the same.
        List<List<@Nullable Object>> cards = new ArrayList<>();
        for (var c : cards(experimentId)) {
            if (person.mentionedIn((String) c.get("title")) || person.mentionedIn((String) c.get("description"))) {
                cards.add(PersonalTable.row(c.get("title"), c.get("description")));
            }
        }
        if (!cards.isEmpty()) {
            tables.add(new PersonalTable("cards", List.of("personal.header.card", "personal.header.description"), cards));
        }
        return tables;
    }

    private List<java.util.Map<String, Object>> cards(long experimentId) {
        return jdbc.queryForList("select id, title, description from card where experiment_id = ?", experimentId);
    }

    @Override
    public int erase(long experimentId, Person person) {
        int n = 0;
        Set<Long> touched = new LinkedHashSet<>();
        for (var c : comments(experimentId)) {
            String body = (String) c.get("body");
            if (person.mentionedIn(body)) {
                n += jdbc.update("update card_comment set body = ?, version = version + 1 where id = ?",
                        person.redact(body), c.get("id"));
                touched.add(((Number) c.get("card_id")).longValue());
            }
        }
        for (var c : cards(experimentId)) {
            String title = (String) c.get("title");
            String description = (String) c.get("description");
            if (person.mentionedIn(title) || person.mentionedIn(description)) {
                n += jdbc.update("update card set title = ?, description = ?, version = version + 1 where id = ?",
                        person.redact(title), person.redact(description), c.get("id"));
                touched.add(((Number) c.get("id")).longValue());
            }
        }
        if (!touched.isEmpty()) {
            events.publishEvent(LiveUpdate.of(experimentId, PlanningLive.BOARD, touched));
        }
        return n;
    }
}
