package kr.silheomjang.shared.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.silheomjang.shared.LostRaceException;

/**
 * The one retry: what counts as a lost lock race, how often it runs again, and what the caller gets at the end. The
 * app's own retry configuration and transaction proxies on a bare database: a whole application context would only
 * add start-up time to the suite.
 */
@SpringJUnitConfig(TransientRetryTest.Beans.class)
class TransientRetryTest {

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    @EnableAspectJAutoProxy
    @Import(TransientRetryConfiguration.class)
    static class Beans {
        @Bean
        Flaky flaky() {
            return new Flaky();
        }

        @Bean
        PlatformTransactionManager transactionManager() {
            return new DataSourceTransactionManager(new SimpleDriverDataSource(new org.h2.Driver(),
                    "jdbc:h2:mem:retry;DB_CLOSE_DELAY=-1"));
        }
    }

    /** A transactional bean of the app that loses a lock race a given number of times (used through its proxy). */
    @Transactional
    public static class Flaky {
        private final AtomicInteger calls = new AtomicInteger();
        private volatile int losses;
        private volatile RuntimeException failure = deadlock();

        public void reset(int losses, RuntimeException failure) {
            this.calls.set(0);
            this.losses = losses;
            this.failure = failure;
        }

        public int calls() {
            return calls.get();
        }

        public String save() {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            if (calls.incrementAndGet() <= losses) {
                throw failure;
            }
            return "saved";
        }

        static RuntimeException deadlock() {
            return new CannotAcquireLockException("Deadlock found when trying to get lock",
                    new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        }
    }

    @Autowired
    Flaky flaky;
    @Autowired
    TransientRetry retry;

    @Test
    void aDeadlockLoserRunsAgainInANewTransactionAndSucceeds() {
        flaky.reset(2, Flaky.deadlock());
        long before = retry.retries();
        assertThat(flaky.save()).isEqualTo("saved");
        assertThat(flaky.calls()).isEqualTo(3);
        assertThat(retry.retries() - before).isEqualTo(2);
    }

    @Test
    void afterFiveLossesTheCallerGetsALockFailureThatTheUiExplains() {
        flaky.reset(100, Flaky.deadlock());
        long givenUp = retry.givenUp();
        assertThatThrownBy(flaky::save).isInstanceOf(PessimisticLockingFailureException.class);
        assertThat(flaky.calls()).isEqualTo(TransientRetry.ATTEMPTS);
        assertThat(retry.givenUp() - givenUp).isEqualTo(1);
    }

    @Test
    void aRealConflictIsNotRetried() {
        flaky.reset(1, new ObjectOptimisticLockingFailureException("Card", 1L));
        assertThatThrownBy(flaky::save).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(flaky.calls()).isEqualTo(1);
    }

    @Test
    void lockRacesAreRecognisedAnywhereInTheCauseChain() {
        assertThat(TransientRetry.isLockRace(new RuntimeException(new SQLException("x", "HY000", 1205)))).isTrue();
        assertThat(TransientRetry.isLockRace(new RuntimeException(new SQLException("x", "HYT00", 50200)))).isTrue();
        assertThat(TransientRetry.isLockRace(new RuntimeException(new SQLException("x", "40001", 0)))).isTrue();
        assertThat(TransientRetry.isLockRace(new LostRaceException("moved"))).isTrue();
        assertThat(TransientRetry.isLockRace(new RuntimeException(new SQLException("x", "23000", 1062)))).isFalse();
        assertThat(TransientRetry.isLockRace(new IllegalStateException("bug"))).isFalse();
    }
}
