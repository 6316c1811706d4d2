package kr.silheomjang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.internal.Invitation;
import kr.silheomjang.experiment.internal.InvitationRepository;
import kr.silheomjang.notification.internal.JobLock;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.TestClockConfig;

/**
 * {@link StoredInstant} on a server set to Seoul time: the plain-JDBC writes and comparisons of its callers (the job
 * lock, the experiment module's purge and erasure) agree with the instants Hibernate writes and reads in the same
 * columns (UTC wall-clock time), where a value in the JVM's zone would be nine hours off.
 *
 * <p>The JVM's zone is Asia/Seoul from before this class's own Spring context starts (H2 gives each session the zone
 * of the JVM when the session opens) until after its tests; the context is closed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoredInstantInSeoulTest {

    private static TimeZone originalZone;

    @DynamicPropertySource
    static void seoul(DynamicPropertyRegistry registry) {
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
        // H2 keeps the zone it read first for the sessions it opens later: it reads it again.
        org.h2.util.DateTimeUtils.resetCalendar();
        registry.add("silheomjang.test.jvm-zone", () -> "Asia/Seoul");
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(originalZone);
        org.h2.util.DateTimeUtils.resetCalendar();
    }

    @Autowired
    MutableClock clock;
    @Autowired
    JobLock jobLock;
    @Autowired
    List<PersonalDataHolder> personalData;
    @Autowired
    InvitationService invitations;
    @Autowired
    InvitationRepository invitationRows;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate tx;

    /** 15:30 UTC is half past midnight in Seoul: the two zones' wall clocks are on different days. */
    static final Instant LATE_AFTERNOON_UTC = Instant.parse("2026-12-07T15:30:00Z");

    @Test
    void theJvmRunsInSeoulTime() {
        assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Seoul");
    }

    /**
     * The lock's lease as Hibernate reads the column, and the lock taken again exactly when the lease ran out: not
     * nine hours early or late.
     */
    @Test
    void aJobLockIsHeldUntilTheInstantItWasTakenForAndNoLonger() {
        clock.set(LATE_AFTERNOON_UTC);
        String job = "seoul-" + System.nanoTime();
        AtomicReference<Instant> whileRunning = new AtomicReference<>();
        assertThat(jobLock.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(5),
                () -> whileRunning.set(lockedUntil(job)))).isTrue();
        assertThat(whileRunning.get()).as("the lease while the job runs").isEqualTo(LATE_AFTERNOON_UTC.plus(
                Duration.ofMinutes(10)));
        assertThat(lockedUntil(job)).as("kept for at least 5 minutes after the start")
                .isEqualTo(LATE_AFTERNOON_UTC.plus(Duration.ofMinutes(5)));

        clock.set(LATE_AFTERNOON_UTC.plus(Duration.ofMinutes(5)).minusMillis(1));
        assertThat(jobLock.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(5), () -> {
        })).as("a moment before the lock runs out").isFalse();
        clock.set(LATE_AFTERNOON_UTC.plus(Duration.ofMinutes(5)));
        assertThat(jobLock.runOnce(job, Duration.ofMinutes(10), Duration.ofMinutes(5), () -> {
        })).as("when it runs out").isTrue();
    }

    /**
     * The purge compares Hibernate's expires_at with "now" written through StoredInstant: an invitation an hour from
     * expiring keeps its address, one a second past it loses it. Erasing a person revokes their open invitation at
     * the instant Hibernate then reads back.
     */
    @Test
    void purgeAndErasureAgreeWithHibernateOnInvitationTimes() {
        String owner = "seoul" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "서울소유", "password-123");
        clock.set(LATE_AFTERNOON_UTC);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("서울 시간 실험장")));
        String invitee = "invitee" + System.nanoTime() + "@example.kr";
        signedIn.run(owner, () -> invitations.invite(id, invitee, MemberRole.PLANNER));
        Invitation invited = invitation(id, invitee);
        Instant expires = invited.getExpiresAt();
        PersonalDataHolder experimentData = personalData.stream().filter(h -> h.module().equals("experiment"))
                .findFirst().orElseThrow();

        clock.set(expires.minus(1, ChronoUnit.HOURS));
        tx.executeWithoutResult(s -> experimentData.purge(id));
        assertThat(invitationRows.findById(invited.getId()).orElseThrow().getEmail()).as("an hour before it expires")
                .isEqualTo(invitee);
        clock.set(expires.plusSeconds(1));
        tx.executeWithoutResult(s -> experimentData.purge(id));
        assertThat(jdbc.queryForObject("select email from invitation where id = ?", String.class, invited.getId()))
                .as("a second after it expired").isEqualTo(PersonalDataHolder.ERASED);

        clock.set(LATE_AFTERNOON_UTC);
        String erased = "erased" + System.nanoTime() + "@example.kr";
        signedIn.run(owner, () -> invitations.invite(id, erased, MemberRole.PLANNER));
        long open = invitation(id, erased).getId();
        Instant erasedAt = LATE_AFTERNOON_UTC.plus(Duration.ofMinutes(20));
        clock.set(erasedAt);
        tx.executeWithoutResult(s -> experimentData.erase(id, new PersonalDataHolder.Person("지울사람", null, erased)));
        Invitation revoked = invitationRows.findById(open).orElseThrow();
        assertThat(revoked.getEmail()).isEqualTo(PersonalDataHolder.ERASED);
        assertThat(revoked.getRevokedAt()).isEqualTo(erasedAt);
    }

    /** The lock's lease as Hibernate reads an instant (the column's UTC wall-clock time). */
    Instant lockedUntil(String job) {
        return (Instant) entityManager.createNativeQuery("select locked_until from job_lock where name = :job")
                .unwrap(org.hibernate.query.NativeQuery.class).addScalar("locked_until", Instant.class)
                .setParameter("job", job).getSingleResult();
    }

    /** The invitation for an address, read by Hibernate. */
    Invitation invitation(long experimentId, String email) {
        return invitationRows.findAll().stream().filter(i -> i.getExperimentId() == experimentId
                && i.getEmail().equals(email)).findFirst().orElseThrow();
    }
}
