package kr.silheomjang.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.silheomjang.experiment.ActivityAction;
import kr.silheomjang.experiment.ActivityView;
import kr.silheomjang.experiment.ExperimentDetails;
import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationPreview;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.IssuedInvitation;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.MemberView;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.security.AppUser;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Zips;
import kr.silheomjang.ui.Formats;

/**
 * The production profile ({@code mysql}) against a real MariaDB: the real Flyway migration, Hibernate schema
 * validation with the MariaDB dialect, and the experiment and invitation services committing for real (the test
 * methods are deliberately not transactional). The database is private to this class and dropped afterwards.
 *
 * <p>The JVM runs in Asia/Seoul meanwhile, like a server in Korea would, so a missing UTC setting on the connection
 * would show up as shifted timestamps.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExperimentFlowMariaDbTest {

    private static final String TITLE = "서울역에 일일야학이 열렸다?! 🚇📚";
    private static final String PASSWORD = "비밀번호-1234";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static MariaDbTestDatabase database;
    private static TimeZone originalZone;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        database = MariaDbTestDatabase.create();
        originalZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
        // The same placeholders a deployment sets; the rest of application-mysql.properties applies unchanged.
        registry.add("SILHEOMJANG_DB_URL", database::url);
        registry.add("SILHEOMJANG_DB_USER", () -> MariaDbTestDatabase.USER);
        registry.add("SILHEOMJANG_DB_PASSWORD", () -> MariaDbTestDatabase.PASSWORD);
        registry.add("silheomjang.base-url", () -> "https://lab.example.kr/");
    }

    @AfterAll
    static void dropDatabase() {
        if (originalZone != null) {
            TimeZone.setDefault(originalZone);
        }
        if (database != null) {
            database.drop();
        }
    }

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    ParticipantService participants;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void nextRun() {
        SEQ.incrementAndGet();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void productionProfileRunsOnMariaDbWithMigrationAppliedAndNoDemoData() throws Exception {
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(database.name);
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");

        Dialect dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getMajor()).isEqualTo(10);

        MigrationInfo[] applied = flyway.info().applied();
        // Every migration script of the application (V1 foundation, then the features'), in order, all successful.
        assertThat(applied).extracting(i -> i.getVersion().getVersion())
                .containsExactlyElementsOf(migrationVersionsOnTheClasspath());
        assertThat(applied).allSatisfy(i -> assertThat(i.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = database()",
                String.class)).contains("survey", "survey_question", "survey_answer", "observation", "verdict");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '1' and success = 1",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = database()",
                String.class)).contains("app_user", "experiment", "experiment_question", "experiment_member",
                        "invitation", "activity_entry");
        assertThat(jdbc.queryForObject("""
                select character_set_name from information_schema.columns
                where table_schema = database() and table_name = 'experiment' and column_name = 'title'""",
                String.class)).isEqualTo("utf8mb4");

        assertThat(context.containsBean("demoData")).isFalse();
        assertThat(accounts.findByEmail("owner@demo.kr")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from app_user where email like '%@demo.kr'", Integer.class))
                .isZero();
    }

    @Test
    void experimentLifecycleWithInvitationConflictStageAndRemoval() {
        AppUser owner = accounts.createAccount(email("owner"), "김기획", PASSWORD);
        signIn(owner.email());

        // create, and read back intact (Korean and emoji through utf8mb4)
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ExperimentDraft draft = nightSchoolDraft();
        long id = experiments.create(draft);
        Instant after = Instant.now();

        ExperimentDetails created = experiments.get(id);
        assertThat(created.title()).isEqualTo(TITLE);
        assertThat(created.toDraft().changedFields(draft)).isEmpty();
        assertThat(created.questions()).extracting(q -> q.text()).containsExactlyElementsOf(draft.getQuestions());
        assertThat(created.stage()).isEqualTo(Stage.TOPIC_SELECTION);
        assertThat(created.myRole()).isEqualTo(MemberRole.OWNER);
        assertThat(created.updatedByName()).isEqualTo("김기획");
        assertThat(created.members()).extracting(MemberView::displayName, MemberView::role)
                .containsExactly(tuple("김기획", MemberRole.OWNER));
        assertThat(jdbc.queryForObject("select title from experiment where id = ?", String.class, id)).isEqualTo(TITLE);
        assertThat(jdbc.queryForObject("select char_length(title) from experiment where id = ?", Integer.class, id))
                .isEqualTo(TITLE.codePointCount(0, TITLE.length()));
        // Instants: the right moment after the round trip, and stored as UTC wall time in DATETIME(6). Only to the
        // second: Connector/J reads MariaDB 10.x's version "5.5.5-10.11..." as MySQL 5.5.5, which predates fractional
        // seconds (5.6.4), so it drops them from every bound timestamp. Nothing in the app needs more than seconds.
        assertThat(created.updatedAt()).isBetween(before, after);
        assertThat(jdbc.queryForObject(
                "select date_format(updated_at, '%Y-%m-%dT%H:%i:%s.%f') from experiment where id = ?", String.class, id))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
                        .format(created.updatedAt().atOffset(ZoneOffset.UTC)));

        // invitation: invite -> preview -> accept with a new account -> single use
        IssuedInvitation issued = invitations.invite(id, "  " + email("planner").toUpperCase() + " ", MemberRole.PLANNER);
        assertThat(issued.email()).isEqualTo(email("planner"));
        assertThat(issued.link()).startsWith("https://lab.example.kr/invite/");
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        assertThat(invitations.pending(id)).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(MemberRole.PLANNER));
        InvitationPreview preview = invitations.preview(token);
        assertThat(preview.status()).isEqualTo(InvitationPreview.Status.VALID);
        assertThat(preview.experimentTitle()).isEqualTo(TITLE);
        assertThat(preview.accountExists()).isFalse();

        SecurityContextHolder.clearContext(); // the invitee is not signed in
        assertThat(invitations.acceptWithNewAccount(token, "이준비", PASSWORD, PASSWORD)).isEqualTo(email("planner"));
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.USED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "누군가", PASSWORD, PASSWORD))
                .isInstanceOf(UserFacingException.class);

        // the planner edits with the version they saw
        signIn(email("planner"));
        ExperimentDetails seenByPlanner = experiments.get(id);
        assertThat(seenByPlanner.myRole()).isEqualTo(MemberRole.PLANNER);
        ExperimentDraft plannerEdit = seenByPlanner.toDraft();
        plannerEdit.setProposalText("가".repeat(2000)); // the column holds as many Korean characters as the form allows
        plannerEdit.setPurpose("어르신 야학 🌙 ".repeat(400).strip());
        plannerEdit.setQuestions(List.of("어르신들이 실제로 찾아와 배움에 참여할까? 🙋", "수업에 집중할 수 있을까?"));
        experiments.update(id, seenByPlanner.version(), plannerEdit);
        ExperimentDetails afterPlanner = experiments.get(id);
        assertThat(afterPlanner.version()).isGreaterThan(seenByPlanner.version());
        assertThat(afterPlanner.toDraft().changedFields(plannerEdit)).isEmpty();
        assertThat(afterPlanner.updatedByName()).isEqualTo("이준비");

        // the owner saves on top of the stale version: refused, naming the planner, nothing written
        signIn(owner.email());
        ExperimentDraft staleEdit = created.toDraft();
        staleEdit.setTitle("덮어쓰기");
        assertThatThrownBy(() -> experiments.update(id, created.version(), staleEdit))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("이준비");
                    assertThat(e.changedAt()).isEqualTo(afterPlanner.updatedAt());
                });
        assertThat(experiments.get(id).version()).isEqualTo(afterPlanner.version());
        assertThat(experiments.get(id).title()).isEqualTo(TITLE);

        // stage move with the current version; a stale one is refused
        experiments.moveStage(id, afterPlanner.version(), Stage.PLANNING, "동의는 다음 주에 받습니다");
        ExperimentDetails planning = experiments.get(id);
        assertThat(planning.stage()).isEqualTo(Stage.PLANNING);
        assertThat(planning.updatedByName()).isEqualTo("김기획");
        assertThatThrownBy(() -> experiments.moveStage(id, afterPlanner.version(), Stage.PREPARATION, "이유"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("김기획"));
        assertThat(jdbc.queryForObject("select stage from experiment where id = ?", String.class, id))
                .isEqualTo("PLANNING");

        // member removal: the planner loses access at once
        MemberView plannerMember = planning.members().stream()
                .filter(m -> m.role() == MemberRole.PLANNER).findFirst().orElseThrow();
        assertThat(plannerMember.displayName()).isEqualTo("이준비");
        experiments.removeMember(id, plannerMember.memberId());
        assertThat(experiments.get(id).members()).extracting(MemberView::displayName).containsExactly("김기획");
        signIn(email("planner"));
        assertThatThrownBy(() -> experiments.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experiments.update(id, planning.version(), plannerEdit))
                .isInstanceOf(AccessDeniedException.class);

        // every change left an activity entry, newest first
        signIn(owner.email());
        List<ActivityView> feed = experiments.activity(id, 0, 50);
        assertThat(feed).extracting(ActivityView::action).containsExactly(ActivityAction.MEMBER_REMOVED,
                ActivityAction.STAGE_CHANGED, ActivityAction.EXPERIMENT_UPDATED, ActivityAction.MEMBER_JOINED,
                ActivityAction.MEMBER_INVITED, ActivityAction.EXPERIMENT_CREATED);
        assertThat(feed).extracting(ActivityView::actorName)
                .containsExactly("김기획", "김기획", "이준비", "이준비", "김기획", "김기획");
        assertThat(feed.get(1).detail()).startsWith("TOPIC_SELECTION>PLANNING|").contains("people.check.proposerConsent")
                .endsWith("|동의는 다음 주에 받습니다"); // moved on past open items: they and the reason are kept
        assertThat(feed).extracting(ActivityView::detail).containsExactly("이준비", feed.get(1).detail(),
                "proposalText,purpose,questions", "이준비|PLANNER", email("planner") + "|PLANNER", TITLE);
        assertThat(experiments.countActivity(id)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from activity_entry where experiment_id = ?", Integer.class,
                id)).isEqualTo(6);
    }

    /**
     * A person's export reads the UTC wall time MariaDB holds as Seoul time while the JVM runs in Seoul: the time
     * Hibernate wrote for an invitation, and a value set directly (01:15 UTC is 10:15 in Seoul).
     */
    @Test
    void aPersonsExportShowsStoredTimesAsSeoulTime() {
        AppUser owner = accounts.createAccount(email("owner"), "김기획", PASSWORD);
        signIn(owner.email());
        long id = experiments.create(nightSchoolDraft());
        Instant before = Instant.now();
        invitations.invite(id, email("guest"), MemberRole.PARTNER_GUEST);
        Instant after = Instant.now();
        long pid = participants.create(id, ParticipantDraft.named("홍길동").withContacts(null, email("guest")));

        String invited = Zips.unzip(participants.exportPerson(id, pid, null)).get("experiment-invitations.csv");
        assertThat(invited).contains(email("guest") + ",협력기관 게스트,")
                .containsAnyOf(Formats.dateTime(before, Locale.KOREAN), Formats.dateTime(after, Locale.KOREAN));

        jdbc.update("update invitation set created_at = ? where experiment_id = ?",
                LocalDateTime.of(2026, 3, 3, 1, 15, 22), id);
        assertThat(Zips.unzip(participants.exportPerson(id, pid, Locale.ENGLISH)).get("experiment-invitations.csv"))
                .contains(email("guest") + ",Partner guest,\"Mar 3, 2026 10:15 AM\"");
        assertThat(Zips.unzip(participants.exportPerson(id, pid, null)).get("experiment-invitations.csv"))
                .contains(",2026년 3월 3일 오전 10:15");
    }

    @Test
    void nonMemberIsDeniedReadingAndWriting() {
        AppUser owner = accounts.createAccount(email("owner"), "김기획", PASSWORD);
        AppUser outsider = accounts.createAccount(email("outsider"), "최외부", PASSWORD);
        signIn(owner.email());
        long id = experiments.create(nightSchoolDraft());
        ExperimentDetails details = experiments.get(id);

        signIn(outsider.email());
        assertThatThrownBy(() -> experiments.get(id)).isInstanceOf(AccessDeniedException.class);
        ExperimentDraft edit = details.toDraft();
        edit.setTitle("남의 실험");
        assertThatThrownBy(() -> experiments.update(id, details.version(), edit))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experiments.moveStage(id, details.version(), Stage.PLANNING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> experiments.activity(id, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(experiments.listMine(true, 0, 50)).noneMatch(s -> s.id() == id);

        signIn(owner.email());
        ExperimentDetails unchanged = experiments.get(id);
        assertThat(unchanged.version()).isEqualTo(details.version());
        assertThat(unchanged.title()).isEqualTo(TITLE);
        assertThat(unchanged.stage()).isEqualTo(Stage.TOPIC_SELECTION);
    }

    private void signIn(String email) {
        UserDetails principal = userDetails.loadUserByUsername(email);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    /** A per-test address, so test methods sharing the database never collide. */
    private static String email(String who) {
        return who + "." + SEQ.get() + "@lab.example.kr";
    }

    private static ExperimentDraft nightSchoolDraft() {
        LocalDate today = LocalDate.now();
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle(TITLE);
        d.setProposalText("지하철을 학교로 만들어주세요 — 지하철 빈 공간에 어르신들이 야학을 하실 수 있게 "
                + "공간을 마련해 주는 게 어떨까요? 🙏");
        d.setProposalUrl("https://democracy.seoul.go.kr/");
        d.setProposerName("민주주의 서울 시민제안자");
        d.setPurpose("지하철 유휴공간에 어르신들을 위한 하루 야학을 열어 시민제안의 효과를 확인한다. ✅");
        d.setPlanningStart(today.minusDays(60));
        d.setEventDate(today.plusDays(45));
        d.setFollowUpEnd(today.plusDays(75));
        d.setQuestions(List.of("지하철 유휴공간에 야학을 열면 어르신들이 실제로 찾아올까? 👵👴",
                "붐비는 서울역 한켠에서도 수업에 집중할 수 있을까?",
                "운영기관이 제시한 어려움(안전, 공간 관리)은 실제로 나타나는가?"));
        return d;
    }

    static java.util.List<String> migrationVersionsOnTheClasspath() throws java.io.IOException {
        return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                        .getResources("classpath:db/migration/V*__*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                .toList();
    }
}
