package kr.silheomjang.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * Deleting a survey on a real MariaDB: the answers' bulk delete (a subquery on the responses) and the foreign-key
 * order (answers, responses, the follow-up's retrospective link, questions, the form) hold there too.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SurveyDeletionMariaDbTest {

    private static MariaDbTestDatabase database;

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        database = MariaDbTestDatabase.create();
        registry.add("SILHEOMJANG_DB_URL", database::url);
        registry.add("SILHEOMJANG_DB_USER", () -> MariaDbTestDatabase.USER);
        registry.add("SILHEOMJANG_DB_PASSWORD", () -> MariaDbTestDatabase.PASSWORD);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.drop();
        }
    }

    @Autowired
    ExperimentService experiments;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    RetrospectiveService retro;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRetrospectiveFormWithAnswersIsDeletedInForeignKeyOrder() {
        accounts.createAccount("survey-delete@maria.kr", "김기획", "password-123");
        UserDetails me = userDetails.loadUserByUsername("survey-delete@maria.kr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle("설문 삭제 실험장");
        d.setProposalText("지하철을 학교로 만들어주세요");
        d.setPlanningStart(LocalDate.of(2027, 1, 1));
        d.setEventDate(LocalDate.of(2027, 4, 1));
        d.setFollowUpEnd(LocalDate.of(2027, 5, 1));
        d.setQuestions(List.of("어르신들이 실제로 찾아올까?"));
        long id = experiments.create(d);
        long sid = retro.openLink(id, RetroParty.STAFF, Locale.KOREAN);
        SurveyDetails form = surveys.get(id, sid);
        publicSurveys.submit(form.token(), Map.of(form.questions().get(0).id(), List.of("동선이 좋았어요 🚇")),
                "10.9.9.1", "maria-1");
        publicSurveys.submit(form.token(), Map.of(form.questions().get(1).id(), List.of("안내가 늦었어요")),
                "10.9.9.2", "maria-2");
        SurveySummary seen = surveys.list(id).stream().filter(s -> s.id() == sid).findFirst().orElseThrow();
        assertThat(seen.responseCount()).isEqualTo(2);

        surveys.delete(id, sid, seen.version(), seen.responseCount());

        assertThat(jdbc.queryForObject("select count(*) from survey where id = ?", Integer.class, sid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_question where survey_id = ?", Integer.class,
                sid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
                sid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_answer", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from retro_link where survey_id = ?", Integer.class, sid))
                .isZero();
        // The other forms of the experiment are untouched.
        assertThat(surveys.list(id)).isNotEmpty().noneMatch(s -> s.id() == sid);
    }
}
