package kr.silheomjang.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, for tests that must not count what other threads
 * of the application run meanwhile (e.g. the search index catching up after a change). Registered for the test profile
 * ({@code application-test.properties}); it changes no statement.
 */
public class ThreadStatements implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
    private static final ThreadLocal<java.util.List<String>> RECORDED = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        java.util.List<String> recorded = RECORDED.get();
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }

    /** Runs {@code work} and returns the statements it prepared on this thread, in order (to show what repeats). */
    public static java.util.List<String> recordedDuring(Runnable work) {
        java.util.List<String> outer = RECORDED.get();
        java.util.List<String> mine = new java.util.ArrayList<>();
        RECORDED.set(mine);
        try {
            work.run();
        } finally {
            RECORDED.set(outer);
            if (outer != null) {
                outer.addAll(mine);
            }
        }
        return mine;
    }

    /** How many statements this thread has prepared so far. */
    public static long onThisThread() {
        return COUNT.get()[0];
    }
}
