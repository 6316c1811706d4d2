package kr.silheomjang.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.ToIntFunction;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import kr.silheomjang.Application;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.mail.internal.MailDispatcher;
import kr.silheomjang.notification.Channel;
import kr.silheomjang.notification.NotificationPreferences;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.notification.internal.DigestMailer;
import kr.silheomjang.notification.internal.NotificationJobs;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.Notable.Kind;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Issue 15, "digest once per day per user even with two nodes", with two real nodes: two Spring application contexts
 * of the production profile (each with its own web server, connection pool, scheduler and job-lock node id) sharing
 * one fresh MariaDB database. Both run the scans and then the digest job at the same moment; one node runs each, and
 * a node that skips the lock adds nothing. Then one node is "restarted" (its context closed, a new one started) and
 * runs the digest job again later the same day: still one digest mail per person in the outbox, and GreenMail
 * receives exactly one per person although both nodes send what the outbox holds at the same moment.
 *
 * <p>The nodes share one test clock (10:00 in Seoul today, so the restart 31 minutes later is the same day and past
 * the job's 30 s minimum lease). The scheduled jobs are pushed an hour out; the test runs them as the scheduler would.
 */
class DigestTwoNodesMariaDbTest {

    private static final String DIGEST_SUBJECT = "[실험장] 오늘의 알림";
    private static final MutableClock CLOCK = new MutableClock(ZonedDateTime.of(
            LocalDate.now(Application.ZONE), LocalTime.of(10, 0), Application.ZONE).toInstant());

    private static MariaDbTestDatabase database;
    private static GreenMail smtp;
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private static int started;

    @BeforeAll
    static void databaseAndMailServer() {
        database = MariaDbTestDatabase.create();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopEverything() {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.drop();
        }
    }

    @Test
    void twoNodesMakeOneDigestPerPersonPerDayAlsoAfterARestart() throws Exception {
        ConfigurableApplicationContext a = startNode();
        ConfigurableApplicationContext b = startNode();
        assertThat(a.getBean(JdbcTemplate.class).queryForObject("select database()", String.class))
                .isEqualTo(database.name);

        // Two people, each owning an experiment with a card due tomorrow assigned to them, want CARD_DUE by mail.
        LocalDate today = LocalDate.now(CLOCK);
        List<String> people = List.of(person(a, "하나", today), person(a, "둘", today));
        List<Long> ids = people.stream().map(p -> a.getBean(AccountService.class).findByEmail(p).orElseThrow().id())
                .toList();

        // Both nodes scan at the same moment: one runs it, and each person is told once.
        assertThat(atOnce(a, b, n -> n.getBean(NotificationJobs.class).runScans() ? 1 : 0)).isEqualTo(1);
        for (long id : ids) {
            assertThat(count(a, "select count(*) from notification where user_id = ? and kind = 'CARD_DUE'", id))
                    .isEqualTo(1);
        }

        // Both nodes start the digest job at the same moment: one runs it, one mail per person is queued.
        assertThat(atOnce(a, b, n -> n.getBean(NotificationJobs.class).runDigests() ? 1 : 0)).isEqualTo(1);
        // A node that ignored the lock (or ran the person's digest anyway) queues nothing more.
        for (long id : ids) {
            assertThat(b.getBean(DigestMailer.class).send(id, today)).isFalse();
        }
        assertThat(digestsQueued(a, ids, today)).containsExactly(1, 1);

        // Node b restarts: its context ends, a new one starts on the same database, and later the same day it takes
        // the digest job (the lease has passed) and finds nothing to send.
        b.close();
        nodes.remove(b);
        CLOCK.advance(Duration.ofMinutes(31));
        ConfigurableApplicationContext c = startNode();
        assertThat(c.getBean(NotificationJobs.class).runDigests()).as("the restarted node ran the job").isTrue();
        assertThat(atOnce(a, c, n -> n.getBean(NotificationJobs.class).runDigests() ? 1 : 0))
                .as("the lease keeps the other node out").isZero();
        assertThat(digestsQueued(c, ids, today)).containsExactly(1, 1);

        // Both nodes send what the outbox holds at the same moment: each mail goes once.
        assertThat(atOnce(a, c, n -> n.getBean(MailDispatcher.class).dispatchDue())).isEqualTo(2);
        for (String p : people) {
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).equals(p)).filter(m -> subject(m).startsWith(DIGEST_SUBJECT)).toList();
            assertThat(mine).as("digests received by " + p).hasSize(1);
            assertThat(body(mine.get(0))).contains("/board?card=");
        }
    }

    /** A new account owning an experiment whose first card, due tomorrow, is theirs; CARD_DUE by mail at 0 시. */
    private static String person(ConfigurableApplicationContext node, String name, LocalDate today) {
        SignedIn signedIn = node.getBean(SignedIn.class);
        String email = "digest-" + name.hashCode() + "-" + System.nanoTime() + "@test.kr";
        long userId = node.getBean(AccountService.class).createAccount(email, "두노드" + name, Teams.PASSWORD).id();
        ExperimentService experiments = node.getBean(ExperimentService.class);
        PlanningService planning = node.getBean(PlanningService.class);
        NotificationService notifications = node.getBean(NotificationService.class);
        long id = signedIn.as(email, () -> experiments.create(Drafts.valid("두 노드 " + name)));
        signedIn.run(email, () -> {
            long card = planning.board(id).columns().get(0).cards().get(0).id();
            CardDetails d = planning.card(id, card);
            planning.updateCard(id, card, d.version(), new CardDraft(d.title(), d.description(), d.category(),
                    today.plusDays(1), Set.of(userId), d.labels()));
            NotificationPreferences p = notifications.preferences();
            Map<Kind, Channel> channels = new EnumMap<>(p.channels());
            channels.put(Kind.CARD_DUE, Channel.DIGEST);
            notifications.savePreferences(new NotificationPreferences(channels, 0, p.version()));
        });
        return email;
    }

    /** Runs the same job on two nodes released at the same moment; returns the sum of what they report. */
    private static int atOnce(ConfigurableApplicationContext one, ConfigurableApplicationContext two,
            ToIntFunction<ConfigurableApplicationContext> job) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(one, two)) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return job.applyAsInt(node);
            }));
        }
        int sum = 0;
        for (CompletableFuture<Integer> run : runs) {
            sum += run.get();
        }
        return sum;
    }

    /** Digest mails in the outbox per person (in the given order) for the day. */
    private static List<Integer> digestsQueued(ConfigurableApplicationContext node, List<Long> ids, LocalDate day) {
        return ids.stream().map(id -> count(node, "select count(*) from mail_message where idempotency_key = ?",
                "notification-digest:" + id + ":" + day)).toList();
    }

    private static int count(ConfigurableApplicationContext node, String sql, Object arg) {
        return node.getBean(JdbcTemplate.class).queryForObject(sql, Integer.class, arg);
    }

    /**
     * One node: the production profile on the shared database, its own web server on a free port, the shared test
     * clock, and the SMTP test server. Test-only configurations found on the class path are left out, as a
     * {@code @SpringBootTest} would.
     */
    private static ConfigurableApplicationContext startNode() {
        long begin = System.nanoTime();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(Application.class)
                .initializers(context -> {
                    GenericApplicationContext generic = (GenericApplicationContext) context;
                    generic.getBeanFactory().registerSingleton("testConfigurationsLeftOut", new LeaveOutTestConfigs());
                    generic.registerBean("nodeClock", Clock.class, () -> CLOCK, bean -> bean.setPrimary(true));
                })
                .run("--spring.profiles.active=mysql",
                        "--SILHEOMJANG_DB_URL=" + database.url(),
                        "--SILHEOMJANG_DB_USER=" + MariaDbTestDatabase.USER,
                        "--SILHEOMJANG_DB_PASSWORD=" + MariaDbTestDatabase.PASSWORD,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--vaadin.launch-browser=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--silheomjang.base-url=https://lab.example.kr/",
                        "--silheomjang.notification.initial-delay-ms=3600000",
                        "--silheomjang.mail.dispatch-interval-ms=3600000",
                        "--silheomjang.mail.dispatch-initial-delay-ms=3600000");
        nodes.add(node);
        // The class must stay under a minute; say where the time goes when it does not.
        System.out.printf("DigestTwoNodesMariaDbTest: node %d started in %d ms%n", ++started,
                (System.nanoTime() - begin) / 1_000_000);
        return node;
    }

    /** Leaves {@code @TestConfiguration} classes (another test's clock, say) out of a node's component scan. */
    static final class LeaveOutTestConfigs extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestConfigs;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestConfigs.class.hashCode();
        }
    }

    private static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
