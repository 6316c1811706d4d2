package kr.silheomjang.mariadb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throw-away database on the machine's MariaDB, made with plain JDBC before the Spring context starts. Server and
 * credentials come from {@code SILHEOMJANG_TEST_DB_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD} (defaults:
 * 127.0.0.1:3306, root, empty). There is no skip: when the server is unreachable the test fails with the reason.
 */
public final class MariaDbTestDatabase {

    public static final String HOST = env("SILHEOMJANG_TEST_DB_HOST", "127.0.0.1");
    public static final String PORT = env("SILHEOMJANG_TEST_DB_PORT", "3306");
    public static final String USER = env("SILHEOMJANG_TEST_DB_USER", "root");
    public static final String PASSWORD = env("SILHEOMJANG_TEST_DB_PASSWORD", "");

    /** The same connection options as the {@code mysql} profile's default URL, minus createDatabaseIfNotExist. */
    private static final String OPTIONS = "useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC";

    public final String name;

    private MariaDbTestDatabase(String name) {
        this.name = name;
    }

    /** Creates {@code silheomjang_test_<random>} as utf8mb4, or fails loudly. */
    public static MariaDbTestDatabase create() {
        String name = "silheomjang_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + HOST + ":" + PORT + " (user " + USER
                    + ") is not reachable or refused CREATE DATABASE; the *MariaDbTest suite needs it running", e);
        }
        return new MariaDbTestDatabase(name);
    }

    /** The JDBC URL the application gets, as it would through SILHEOMJANG_DB_URL. */
    public String url() {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + name + "?" + OPTIONS;
    }

    public void drop() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + name, e);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + HOST + ":" + PORT + "/?" + OPTIONS + "&connectTimeout=5000", USER, PASSWORD);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
