package kr.silheomjang.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.PersonalDataHolder.Label;
import kr.silheomjang.shared.PersonalDataHolder.PersonalTable;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.csv.CsvWriter;
import kr.silheomjang.ui.Formats;

/**
 * Everything kept about people across modules (docs/personal-data.md), for the people module's per-person export,
 * erasure and retention purge: the people module's own tables beyond participants (partner-guest addresses, the
 * consent log's free text) and every other module's {@link PersonalDataHolder}.
 */
@Component
public class PersonalDataMap {

    private final List<PersonalDataHolder> holders;
    private final JdbcTemplate jdbc;
    private final I18NProvider i18n;
    private final PeopleAudit audit;

    PersonalDataMap(List<PersonalDataHolder> holders, JdbcTemplate jdbc, I18NProvider i18n, PeopleAudit audit) {
        this.i18n = i18n;
        this.audit = audit;
        this.holders = List.copyOf(holders);
        this.jdbc = jdbc;
    }

    /**
     * The person's export: their participant row, their sign-up through the recruitment form (answers, consents with
     * the notice version), and what every module keeps about them, one CSV per table. Headers (message keys in the
     * tables) and the README in the downloader's language ({@code locale}, Korean when null).
     */
    public byte[] exportZip(long experimentId, long participantId, PersonalDataHolder.Person person,
            byte[] participantCsv, @Nullable Locale locale) {
        Locale language = Texts.language(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            add(zip, "people-participant.csv", participantCsv);
            List<PersonalTable> people = new ArrayList<>(recruitment(experimentId, participantId, language));
            people.addAll(partnerGuests(experimentId, person));
            for (PersonalTable t : people) {
                add(zip, "people-" + t.name() + ".csv", csv(t, language));
            }
            for (PersonalDataHolder h : holders) {
                for (PersonalTable t : h.export(experimentId, person)) {
                    add(zip, h.module() + "-" + t.name() + ".csv", csv(t, language));
                }
            }
            // Windows line ends: the file is opened in Notepad as often as anywhere else.
            add(zip, "README.txt", (i18n.getTranslation("personal.readme", language).replace("\n", "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Erases what {@link #exportZip} handed over, outside the participant row. Returns how many records changed. A
     * partner's guest address it removes is announced as that partner's change: open partner lists show it gone.
     */
    public int eraseElsewhere(long experimentId, PersonalDataHolder.Person person) {
        int n = 0;
        if (person.email() != null) {
            Set<Long> partners = new TreeSet<>();
            for (var g : guestRows(experimentId)) {
                if (person.hasEmail((String) g.get("email"))
                        && jdbc.update("delete from partner_guest where id = ?", g.get("id")) > 0) {
                    n++;
                    partners.add(((Number) g.get("partner_id")).longValue());
                }
            }
            if (!partners.isEmpty()) {
                audit.announce(experimentId, PeopleLive.PARTNERS, List.copyOf(partners));
            }
        }
        for (PersonalDataHolder h : holders) {
            n += h.erase(experimentId, person);
        }
        return n;
    }

    /**
     * Erases the person's sign-up beyond the participant row: the answers to the planners' questions and their own
     * consent records (the person asked for erasure: nothing is processed on those consents any more), and retires
     * the personal link (a new random token nobody knows). Returns how many records changed.
     */
    public int eraseRecruitment(long experimentId, long participantId) {
        int n = jdbc.update("delete from recruit_answer where application_id in (select id from recruit_application"
                + " where participant_id = ? and experiment_id = ?)", participantId, experimentId);
        n += jdbc.update("delete from consent_entry where participant_id = ? and experiment_id = ?", participantId,
                experimentId);
        n += jdbc.update("update recruit_application set personal_token = ? where participant_id = ?"
                + " and experiment_id = ?", RecruitmentDesk.newToken(), participantId, experimentId);
        return n;
    }

    private List<PersonalTable> recruitment(long experimentId, long participantId, Locale language) {
        String yes = i18n.getTranslation("personal.yes", language);
        List<PersonalTable> tables = new ArrayList<>();
        List<List<@Nullable Object>> applications = jdbc.query("select applied_at, offered_at, answered_at,"
                + " duplicate_of from recruit_application where participant_id = ? and experiment_id = ?",
                (rs, i) -> PersonalTable.row(time(rs, 1), time(rs, 2), time(rs, 3),
                        rs.getObject(4) == null ? "" : yes), participantId, experimentId);
        if (!applications.isEmpty()) {
            tables.add(new PersonalTable("recruit-application",
                    List.of("personal.header.appliedAt", "personal.header.offeredAt", "personal.header.answeredAt", "personal.header.duplicate"), applications));
        }
        List<List<String>> answers = jdbc.query("select a.sort_order, a.question_text, a.answer_text"
                + " from recruit_answer a join recruit_application r on r.id = a.application_id"
                + " where r.participant_id = ? and r.experiment_id = ? order by a.sort_order",
                (rs, i) -> List.of(String.valueOf(rs.getInt(1) + 1), rs.getString(2), rs.getString(3)),
                participantId, experimentId);
        if (!answers.isEmpty()) {
            tables.add(new PersonalTable("recruit-answer", List.of("personal.header.order", "personal.header.question", "personal.header.answer"), answers));
        }
        List<List<@Nullable Object>> consents = jdbc.query("select consent_kind, decision, notice_version, obtained_how,"
                + " obtained_on, recorded_at from consent_entry where participant_id = ? and experiment_id = ?"
                + " order by recorded_at, id",
                (rs, i) -> PersonalTable.row(
                        new Label(ConsentKind.valueOf(rs.getString(1)).messageKey(), rs.getString(1)),
                        new Label(ConsentDecision.valueOf(rs.getString(2)).messageKey(), rs.getString(2)),
                        rs.getObject(3), stored(rs.getString(4), language), PersonalDataHolder.day(rs.getObject(5)),
                        time(rs, 6)),
                participantId, experimentId);
        if (!consents.isEmpty()) {
            tables.add(new PersonalTable("consent",
                    List.of("personal.header.consentKind", "personal.header.decision", "personal.header.noticeVersion", "personal.header.obtainedHow", "personal.header.consentDate", "personal.header.recordedAt"), consents));
        }
        return tables;
    }

    /** Asked for as a LocalDateTime, which H2 and Connector/J both hand back as stored: UTC wall-clock time. */
    private static @Nullable Instant time(ResultSet rs, int column) throws SQLException {
        return PersonalDataHolder.utc(rs.getObject(column, LocalDateTime.class));
    }

    /** How a consent was obtained: the sign-up form writes a marker ({@link StoredText}), read in the language. */
    private String stored(String value, Locale language) {
        return StoredText.show(value, (key, args) -> i18n.getTranslation(key, language, args));
    }

    /** The retention purge outside participants, proposer record, roster and partners. */
    public int purgeElsewhere(long experimentId) {
        int n = jdbc.update("delete from partner_guest where partner_id in"
                + " (select id from partner_organization where experiment_id = ?)", experimentId);
        // The consent log stays as the record of what was decided when; how it was obtained is free text with names.
        n += jdbc.update("update consent_entry set obtained_how = ? where experiment_id = ? and obtained_how <> ?",
                PersonalDataHolder.ERASED, experimentId, PersonalDataHolder.ERASED);
        for (PersonalDataHolder h : holders) {
            n += h.purge(experimentId);
        }
        return n;
    }

    private List<java.util.Map<String, Object>> guestRows(long experimentId) {
        return jdbc.queryForList("select g.id, g.partner_id, g.email, g.invited_at, p.org_name from partner_guest g"
                + " join partner_organization p on p.id = g.partner_id where p.experiment_id = ?", experimentId);
    }

    private List<PersonalTable> partnerGuests(long experimentId, PersonalDataHolder.Person person) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (var g : guestRows(experimentId)) {
            if (person.hasEmail((String) g.get("email"))) {
                rows.add(PersonalTable.row(g.get("org_name"), g.get("email"),
                        PersonalDataHolder.utc(g.get("invited_at"))));
            }
        }
        return rows.isEmpty() ? List.of()
                : List.of(new PersonalTable("partner-guest", List.of("personal.header.partner", "personal.header.email", "personal.header.invitedAt"), rows));
    }

    private byte[] csv(PersonalTable t, Locale language) {
        CsvWriter w = CsvWriter.withHeader(t.header().stream().map(k -> i18n.getTranslation(k, language)).toList());
        for (List<?> row : t.rows()) {
            w.row(row.stream().map(cell -> cell(cell, language)).toList());
        }
        return w.toBytes();
    }

    /** A cell as the downloader reads it: times in Seoul, codes in words, nothing as "" (never "null"). */
    private String cell(@Nullable Object value, Locale language) {
        return switch (value) {
            case null -> "";
            case String s -> s;
            case Number n -> n.toString();
            case Instant t -> Formats.dateTime(t, language);
            case LocalDate d -> Formats.date(d, language);
            case Label l -> {
                String text = i18n.getTranslation(l.key(), language);
                yield text == null || text.startsWith("!") ? l.code() : text;
            }
            default -> throw new IllegalArgumentException("no export format for " + value.getClass());
        };
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
