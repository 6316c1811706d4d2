package kr.silheomjang.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, for tests that must not count what other threads
 * of the application run meanwhile (e.g. the search index catching up after a change). Registered for the test profile
 * ({@code application-test.properties}); it changes no statement.
 */
public class ThreadStatements implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** How many statements this thread has prepared so far. */
    public static long onThisThread() {
        return COUNT.get()[0];
    }
}
