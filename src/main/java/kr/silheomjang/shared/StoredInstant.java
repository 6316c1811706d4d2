package kr.silheomjang.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant as the timestamp columns hold it: UTC wall-clock time, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone=UTC}). For plain JDBC writes and comparisons: a {@code java.sql.Timestamp} would be
 * written in the JVM's zone on H2, nine hours off on a server set to Seoul time.
 */
public final class StoredInstant {

    private StoredInstant() {
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
