package kr.silheomjang.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.Direction;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;

/**
 * V2__planning.sql on a real MariaDB: the seeded templates (and V68's English items), a new board, a move, an edit
 * conflict, Korean text; and V6 with {@code attachment-store=database}: attachment bytes (beyond BLOB's 64 KB) round-trip through LONGBLOB.
 */
@SpringBootTest(properties = "silheomjang.planning.attachment-store=database")
@ActiveProfiles("mysql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PlanningMariaDbTest {

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
    PlanningService planning;

    @Autowired
    kr.silheomjang.planning.CardAttachmentService attachmentService;

    @Autowired
    kr.silheomjang.planning.CommentService commentService;

    @Autowired
    kr.silheomjang.planning.PlanningTemplateService templateService;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBoardIsSeededMovedAndEditedOnMariaDb() {
        accounts.createAccount("board@maria.kr", "김기획", "password-123");
        UserDetails me = userDetails.loadUserByUsername("board@maria.kr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle("서울역에 일일야학이 열렸다?!");
        d.setProposalText("지하철을 학교로 만들어주세요");
        d.setPlanningStart(LocalDate.of(2027, 1, 1));
        d.setEventDate(LocalDate.of(2027, 4, 1));
        d.setFollowUpEnd(LocalDate.of(2027, 5, 1));
        d.setQuestions(List.of("어르신들이 실제로 찾아올까?"));
        long id = experiments.create(d);

        Board board = planning.board(id);
        assertThat(board.columns()).extracting(c -> c.name()).containsExactly("할 일", "진행 중", "검토", "완료");
        assertThat(board.columns().get(0).cards()).hasSize(13);
        long casting = board.columns().get(0).cards().get(7).id();
        CardDetails card = planning.card(id, casting);
        assertThat(card.checklist()).extracting(CardDetails.ChecklistLine::text)
                .containsExactly("실험 참여자", "제안자", "현장진행 스탭");
        assertThat(templateService.addTemplate(id, "PREPARATION", false)).hasSize(9);
        // V68: the English items of both templates and the English survey forms, beside the Korean ones.
        List<kr.silheomjang.planning.TemplateView> templates = templateService.templates(id);
        assertThat(templates).extracting(t -> t.code() + "/" + t.language() + "/" + t.items().size())
                .containsExactly("PLANNING_ITEMS/ko/13", "PREPARATION/ko/9", "PLANNING_ITEMS/en/13",
                        "PREPARATION/en/9");
        assertThat(templates.get(2).items().get(0).title()).isEqualTo("Set the experiment's purpose");
        assertThat(templates.get(2).items().get(5).description()).contains("3–6 months");
        assertThat(jdbc.queryForObject("select count(*) from survey_template_question where language = 'en'",
                Integer.class)).isEqualTo(7);

        planning.move(id, casting, Direction.RIGHT);
        planning.updateCard(id, casting, card.version(), new CardDraft("섭외 🎤", "**제안자** 인터뷰", "섭외",
                LocalDate.of(2027, 3, 1), Set.of(board.myUserId()), List.of("섭외", "중요")));
        assertThatThrownBy(() -> planning.updateCard(id, casting, card.version(), CardDraft.of(card)))
                .isInstanceOf(ConflictException.class);
        CardDetails after = planning.card(id, casting);
        assertThat(after.title()).isEqualTo("섭외 🎤");
        assertThat(after.columnName()).isEqualTo("진행 중");
        assertThat(after.labels()).containsExactly("섭외", "중요");
        commentService.comment(id, casting, "@김기획 확인");
        assertThat(planning.card(id, casting).comments()).singleElement()
                .satisfies(c -> assertThat(c.mentionedUserIds()).containsExactly(board.myUserId()));
    }

    @Test
    void attachmentsRoundTripThroughTheDatabaseOnMariaDb() {
        accounts.createAccount("files@maria.kr", "이준비", "password-123");
        UserDetails me = userDetails.loadUserByUsername("files@maria.kr");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        ExperimentDraft d = new ExperimentDraft();
        d.setTitle("첨부 실험장");
        d.setProposalText("사진을 남겨주세요");
        d.setPlanningStart(LocalDate.of(2027, 1, 1));
        d.setEventDate(LocalDate.of(2027, 4, 1));
        d.setFollowUpEnd(LocalDate.of(2027, 5, 1));
        d.setQuestions(List.of("사진이 남을까?"));
        long id = experiments.create(d);
        long cardId = planning.board(id).columns().get(0).cards().get(0).id();

        byte[] png = new byte[200_000]; // more than BLOB's 64 KB: only LONGBLOB holds it
        Arrays.fill(png, (byte) 7);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        long photo = attachmentService.attach(id, cardId, "현장 사진.png", "image/png", png);
        assertThat(attachmentService.attachmentBytes(id, cardId, photo)).isEqualTo(png);
        assertThat(planning.card(id, cardId).attachments()).singleElement()
                .satisfies(a -> assertThat(a.fileName()).isEqualTo("현장 사진.png"));
        attachmentService.removeAttachment(id, cardId, photo);
        assertThat(planning.card(id, cardId).attachments()).isEmpty();
    }
}
