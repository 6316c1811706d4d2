package kr.silheomjang.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kr.silheomjang.shared.StoredInstant;

/**
 * One node at a time runs each scheduled job (decision note 0034), the way ShedLock does it with a database table:
 * a node takes a job's row with one conditional UPDATE that succeeds only when the previous lease ran out (or
 * INSERTs the row the first time; the unique name lets only one INSERT win). The lease outlives a crashed node by at
 * most {@code lease}; on finishing, the row stays taken for {@code atLeast} so that a node whose clock is a little
 * behind does not run the same job again right after.
 */
@Component
public class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    JobLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs {@code job} if this node got the lock; returns whether it ran. Each statement commits on its own. */
    public boolean runOnce(String name, Duration lease, Duration atLeast, Runnable job) {
        Instant now = clock.instant();
        if (!take(name, now, now.plus(lease))) {
            log.debug("Job {} runs on another node", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            Instant done = clock.instant();
            Instant until = now.plus(atLeast).isAfter(done) ? now.plus(atLeast) : done;
            jdbc.update("UPDATE job_lock SET locked_until = ? WHERE name = ? AND locked_by = ?",
                    StoredInstant.of(until), name, node);
        }
    }

    private boolean take(String name, Instant now, Instant until) {
        int taken = jdbc.update("UPDATE job_lock SET locked_until = ?, locked_at = ?, locked_by = ?"
                + " WHERE name = ? AND locked_until <= ?", StoredInstant.of(until), StoredInstant.of(now), node, name,
                StoredInstant.of(now));
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO job_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                    name, StoredInstant.of(until), StoredInstant.of(now), node) == 1;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }
}
