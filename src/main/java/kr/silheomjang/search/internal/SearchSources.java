package kr.silheomjang.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.silheomjang.search.SearchKind;

/**
 * Reads what the index holds straight from the tables, one or two queries per kind (per experiment, or for all at
 * start-up), never one per row. The index is a read model of other modules' tables: reading them here keeps those
 * modules unchanged and a rebuild of 10,000 cards cheap (decision note 0035). Only what the index needs is read: of
 * participants the name, never contacts, needs or notes, so no guest can find a hidden phone number.
 */
@Component
public class SearchSources {

    private final JdbcClient jdbc;

    SearchSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The experiments' titles by id (all when {@code experimentId} is null). */
    Map<Long, String> experimentTitles(@Nullable Long experimentId) {
        Map<Long, String> out = new HashMap<>();
        where("SELECT id, title FROM experiment", "id", experimentId)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    /** Everything of one kind, of one experiment or (null) of all. */
    List<IndexedDoc> read(SearchKind kind, @Nullable Long experimentId) {
        return switch (kind) {
            case EXPERIMENT -> where("SELECT id, title, proposal_text, purpose FROM experiment", "id", experimentId)
                    .query((rs, n) -> IndexedDoc.open(kind, rs.getLong(1), rs.getLong(1), rs.getString(2),
                            join(rs.getString(3), rs.getString(4)))).list();
            case PROPOSAL -> jdbc.sql("SELECT id, title, body, tags FROM topic_candidate")
                    .query((rs, n) -> IndexedDoc.open(kind, rs.getLong(1), 0, rs.getString(2),
                            join(rs.getString(3), rs.getString(4)))).list();
            case CARD -> cards(experimentId);
            case EVENT -> events(experimentId);
            case PARTICIPANT -> where("SELECT id, experiment_id, full_name FROM participant WHERE anonymised_at IS NULL",
                    "experiment_id", experimentId)
                    .query((rs, n) -> IndexedDoc.open(kind, rs.getLong(1), rs.getLong(2), rs.getString(3), "")).list();
            case SURVEY_ANSWER -> where("""
                    SELECT a.id, s.experiment_id, s.id, s.title, a.question_text, a.answer_text
                    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey s ON s.id = r.survey_id
                    WHERE a.question_type IN ('SHORT_TEXT', 'LONG_TEXT') AND a.answer_text <> ''""",
                    "s.experiment_id", experimentId)
                    .query((rs, n) -> new IndexedDoc(kind, rs.getLong(1), rs.getLong(2), rs.getString(6), "",
                            rs.getString(4) + " — " + rs.getString(5), rs.getLong(3), true, List.of())).list();
            case ARCHIVE -> where("SELECT id, experiment_id, title, description, tags, public_item FROM archive_item",
                    "experiment_id", experimentId)
                    .query((rs, n) -> new IndexedDoc(kind, rs.getLong(1), rs.getLong(2), rs.getString(3),
                            join(rs.getString(4), rs.getString(5)), "", 0, rs.getInt(6) != 0, List.of())).list();
        };
    }

    /** A card's title, description and comments, as one result (a comment's match links to its card). */
    private List<IndexedDoc> cards(@Nullable Long experimentId) {
        Map<Long, List<String>> comments = new HashMap<>();
        where("SELECT c.card_id, c.body FROM card_comment c JOIN card k ON k.id = c.card_id", "k.experiment_id",
                experimentId, " ORDER BY c.id")
                .query((rs, n) -> comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return where("SELECT id, experiment_id, title, description FROM card", "experiment_id", experimentId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    List<String> parts = new ArrayList<>();
                    parts.add(rs.getString(4));
                    parts.addAll(comments.getOrDefault(id, List.of()));
                    return IndexedDoc.open(SearchKind.CARD, id, rs.getLong(2), rs.getString(3),
                            join(parts.toArray(String[]::new)));
                }).list();
    }

    /** Partner guests see the events they attend or made (as the schedule shows them), so only those find them. */
    private List<IndexedDoc> events(@Nullable Long experimentId) {
        Map<Long, List<Long>> attendees = new HashMap<>();
        where("SELECT a.event_id, a.user_id FROM schedule_event_attendee a JOIN schedule_event e ON e.id = a.event_id",
                "e.experiment_id", experimentId)
                .query((rs, n) -> attendees.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getLong(2))).list();
        return where("SELECT id, experiment_id, title, place, notes, created_by_id FROM schedule_event",
                "experiment_id", experimentId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    List<Long> viewers = new ArrayList<>(attendees.getOrDefault(id, List.of()));
                    viewers.add(rs.getLong(6));
                    return new IndexedDoc(SearchKind.EVENT, id, rs.getLong(2), rs.getString(3),
                            join(rs.getString(4), rs.getString(5)), "", 0, false, viewers);
                }).list();
    }

    /**
     * Of the given results a partner guest got from the index, those the database still shows them: the index may
     * lag a change by a moment (an item made private, an attendee removed), the answer must not.
     */
    Set<Long> stillVisibleToGuest(SearchKind kind, Collection<Long> ids, long userId) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Long> found = switch (kind) {
            case EVENT -> jdbc.sql("""
                    SELECT e.id FROM schedule_event e WHERE e.id IN (:ids) AND (e.created_by_id = :me
                      OR EXISTS (SELECT 1 FROM schedule_event_attendee a WHERE a.event_id = e.id AND a.user_id = :me))""")
                    .param("ids", ids).param("me", userId).query(Long.class).list();
            case ARCHIVE -> jdbc.sql("SELECT id FROM archive_item WHERE id IN (:ids) AND public_item <> 0")
                    .param("ids", ids).query(Long.class).list();
            case PARTICIPANT -> jdbc.sql("SELECT id FROM participant WHERE id IN (:ids) AND anonymised_at IS NULL")
                    .param("ids", ids).query(Long.class).list();
            default -> List.copyOf(ids);
        };
        return new HashSet<>(found);
    }

    private JdbcClient.StatementSpec where(String select, String column, @Nullable Long experimentId) {
        return where(select, column, experimentId, "");
    }

    private JdbcClient.StatementSpec where(String select, String column, @Nullable Long experimentId, String tail) {
        if (experimentId == null) {
            return jdbc.sql(select + tail);
        }
        String glue = select.contains(" WHERE ") || select.contains("\nWHERE ") ? " AND " : " WHERE ";
        return jdbc.sql(select + glue + column + " = :e" + tail).param("e", experimentId);
    }

    private static String join(@Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.isEmpty() ? "" : "\n").append(p.strip());
            }
        }
        return b.toString();
    }
}
