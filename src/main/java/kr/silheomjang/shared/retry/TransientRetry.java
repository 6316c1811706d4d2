package kr.silheomjang.shared.retry;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a service call again when its transaction lost a lock race: a deadlock, a lock wait timeout, a serialization
 * failure, or a row that changed between reading and locking it ({@link kr.silheomjang.shared.LostRaceException}).
 * The database rolled the whole transaction back, so running the call again from the start is safe and reads fresh
 * data. Applied once, around every {@code @Transactional} bean of the application and outside its transaction
 * ({@link TransientRetryConfiguration}); a call made inside a running transaction is left to the outermost one.
 *
 * <p>Up to {@value #ATTEMPTS} attempts, waiting 10–20, 20–40, 40–80, 80–160, 160–320, 320–640 ms (random, so two
 * losers do not collide again in step): about 1.3 s at worst before the user is told. Five attempts (0.3 s) once left
 * one write in a thousand unsaved when 20 members moved the same few cards at once on MariaDB (a card moved again
 * while its columns were being locked, five times over). When every attempt fails, the caller gets a
 * {@link PessimisticLockingFailureException}, which {@code ui.Actions} shows as "not saved, try again" in Korean; it is
 * logged as a warning, never as an error.
 * Optimistic-lock failures are not retried: someone else saved first, and the user must see that.
 */
public class TransientRetry implements MethodInterceptor {

    static final int ATTEMPTS = 7;
    private static final long FIRST_WAIT_MS = 20;
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

    // MySQL/MariaDB: 1213 deadlock, 1205 lock wait timeout. H2: 40001 deadlock, 50200 lock timeout, 90131
    // concurrent update of the same row.
    private static final Set<Integer> LOCK_ERROR_CODES = Set.of(1213, 1205, 40001, 50200, 90131);

    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();

    @Override
    public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || !(invocation instanceof ProxyMethodInvocation proxied)) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                // A clone per attempt: a proxied invocation runs its interceptor chain (transaction included) once.
                return proxied.invocableClone().proceed();
            } catch (RuntimeException e) {
                if (!isLockRace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    givenUp.incrementAndGet();
                    log.warn("{} not saved after {} attempts: {}", invocation.getMethod().getName(), attempt,
                            e.toString());
                    throw e instanceof PessimisticLockingFailureException p ? p
                            : new CannotAcquireLockException("Lock race lost " + attempt + " times", e);
                }
                retries.incrementAndGet();
                log.debug("{} lost a lock race (attempt {}), retrying: {}", invocation.getMethod().getName(),
                        attempt, e.toString());
                long wait = FIRST_WAIT_MS << (attempt - 1);
                Thread.sleep(ThreadLocalRandom.current().nextLong(wait / 2, wait + 1));
            }
        }
    }

    /** Whether a failure, anywhere in its cause chain, is a lost lock race (and not a real conflict). */
    static boolean isLockRace(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false;
            }
            if (t instanceof PessimisticLockingFailureException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || LOCK_ERROR_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    /** How many attempts were repeated since start-up (tests and benchmarks print it). */
    public long retries() {
        return retries.get();
    }

    /** How many calls failed on every attempt (the user was told their change was not saved). */
    public long givenUp() {
        return givenUp.get();
    }
}
