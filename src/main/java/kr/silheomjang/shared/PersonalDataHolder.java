package kr.silheomjang.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A module that keeps personal data beyond the people module (the experiment's proposer name and invitations, card
 * comments, survey free text and observations, the mail delivery log). The people module's retention job and its
 * per-person export and erase ask every bean of this type, so the purge, the export and the erasure cover every field
 * on the map in docs/personal-data.md without the people module knowing the others' tables.
 *
 * <p>All methods run inside the caller's transaction and without a signed-in user (the retention job has none):
 * the caller has checked access. None may log the data it handles.
 */
public interface PersonalDataHolder {

    /** Short ASCII name of the module, used for the file names inside a person's export. */
    String module();

    /** Retention purge of one experiment: erases or anonymises every personal field kept for it. Returns a count. */
    int purge(long experimentId);

    /** Everything kept about the person in the experiment (may be empty). */
    List<PersonalTable> export(long experimentId, Person person);

    /** Erases what {@link #export} returned for the same person. Returns how many records changed. */
    int erase(long experimentId, Person person);

    /** What is written where erased text was. */
    String ERASED = "(삭제됨)";

    /**
     * Who the export or erasure is about: a participant's name and contacts. Free text mentions them by name, phone
     * or address; a name of one character is too common to match on its own and is ignored.
     */
    record Person(String name, @Nullable String phone, @Nullable String email) {

        public boolean mentionedIn(@Nullable String text) {
            return text != null && pattern() != null && pattern().matcher(text).find();
        }

        /** The text with every mention replaced by {@link #ERASED}. */
        public @Nullable String redact(@Nullable String text) {
            Pattern p = pattern();
            return text == null || p == null ? text : p.matcher(text).replaceAll(ERASED);
        }

        private @Nullable Pattern pattern() {
            StringBuilder alternatives = new StringBuilder();
            for (String v : new String[] {name.strip().length() >= 2 ? name.strip() : null, phone, email}) {
                if (v != null && !v.isBlank()) {
                    alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(v.strip()));
                }
            }
            return alternatives.isEmpty() ? null
                    : Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        public boolean hasEmail(@Nullable String address) {
            return email != null && address != null
                    && email.strip().toLowerCase(Locale.ROOT).equals(address.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * One table of a person's export: a CSV file {@code <module>-<name>.csv} in the ZIP. {@code header} holds message
     * keys ({@code personal.header.*}). The tables carry no language: the people module writes them in the
     * downloader's, so a cell is text, a number, null (written empty), an {@link Instant} (written as Seoul time), a
     * {@link LocalDate} or a {@link Label}; anything else is refused rather than written as JDBC prints it.
     */
    record PersonalTable(String name, List<String> header, List<? extends List<?>> rows) {

        /** One row; unlike {@code List.of}, cells may be null. */
        public static List<@Nullable Object> row(@Nullable Object... cells) {
            return Collections.unmodifiableList(Arrays.asList(cells));
        }
    }

    /** A cell written as the message key's text, or as {@code code} where the bundles have no such key. */
    record Label(String key, String code) {
    }

    /**
     * A DATETIME column read by plain JDBC as the instant it stands for. Hibernate stores instants as UTC wall-clock
     * time (hibernate.jdbc.time_zone=UTC); H2 hands it back as a Timestamp, Connector/J as a LocalDateTime, both
     * holding that wall-clock time, so it is read as UTC whatever the JVM's zone.
     */
    static @Nullable Instant utc(@Nullable Object column) {
        return switch (column) {
            case null -> null;
            case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            case Timestamp t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("not a DATETIME column: " + column.getClass());
        };
    }

    /** A DATE column read by plain JDBC (java.sql.Date on H2 and Connector/J alike). */
    static @Nullable LocalDate day(@Nullable Object column) {
        return switch (column) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalArgumentException("not a DATE column: " + column.getClass());
        };
    }
}
