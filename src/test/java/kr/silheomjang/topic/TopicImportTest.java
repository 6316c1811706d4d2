package kr.silheomjang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Importing proposals: Decidim's JSON and CSV exports, any CSV with a mapping, row errors, all or nothing, re-import. */
@SpringBootTest
@ActiveProfiles("test")
class TopicImportTest {

    @Autowired
    TopicService topics;
    @Autowired
    kr.silheomjang.topic.SelectionService selection;
    @Autowired
    kr.silheomjang.topic.ScreeningService screening;
    @Autowired
    kr.silheomjang.topic.TopicImportService importer;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    ExperimentService experiments;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    kr.silheomjang.topic.internal.TopicRetention retention;

    String account() {
        String email = "i" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, "가져오기", Teams.PASSWORD);
        return email;
    }

    static final String DECIDIM_JSON = """
            [
              {"id": 101, "reference": "SEOUL-PROP-2019-03-101",
               "title": {"ko": "길고양이 이삿길", "en": "A path for stray cats"},
               "body": {"ko": "<p>재개발 지역 길고양이를 <strong>안전하게</strong> 옮겨요.</p><p>임시 보호처&amp;길</p>"},
               "author": {"id": 7, "name": "한고양", "url": "https://decidim.example/profiles/han"},
               "category": {"id": 3, "name": {"ko": "동물"}},
               "published_at": "2019-03-11T10:00:00+09:00",
               "url": "https://decidim.example/processes/p/f/1/proposals/101"},
              {"id": 102, "title": {"ko": "공원 태양광 조명"}, "body": {"ko": "밤길이 어두워요"},
               "author": {"name": null}, "published_at": "2025-10-01 15:30:00 UTC",
               "url": "https://decidim.example/processes/p/f/1/proposals/102"}
            ]
            """;

    long count(String me, String source) {
        return signedIn.as(me, () -> topics.count(new CandidateFilter(Set.of(), source, null, null)));
    }

    @Test
    void decidimJsonIsFlattenedPreviewedThenImportedOnceAndUpdatedOnReimport() {
        String me = account();
        String source = "Decidim-" + System.nanoTime();
        byte[] file = DECIDIM_JSON.getBytes(StandardCharsets.UTF_8);
        ImportPreview p = signedIn.as(me, () -> importer.previewImport("proposals.json", file, source, Map.of()));
        assertThat(p.columns()).contains("title/ko", "body/ko", "author/name", "category/name/ko", "published_at");
        assertThat(p.mapping()).containsEntry(ImportField.TITLE, "title/ko").containsEntry(ImportField.BODY, "body/ko")
                .containsEntry(ImportField.AUTHOR, "author/name").containsEntry(ImportField.EXTERNAL_ID, "id")
                .containsEntry(ImportField.URL, "url").containsEntry(ImportField.DATE, "published_at");
        assertThat(p.problems()).isEmpty();
        assertThat(p.rows()).isEqualTo(2);
        assertThat(p.created()).isEqualTo(2);
        assertThat(count(me, source)).as("a preview saves nothing").isZero();

        signedIn.run(me, () -> importer.importCandidates("proposals.json", file, source, Map.of()));
        var rows = signedIn.as(me, () -> topics.page(new CandidateFilter(Set.of(), source, null,
                CandidateFilter.Sort.TITLE), 0, 10));
        assertThat(rows).extracting(CandidateRow::title).containsExactly("공원 태양광 조명", "길고양이 이삿길");
        CandidateDetails cats = signedIn.as(me, () -> topics.get(rows.get(1).id()));
        assertThat(cats.draft().body()).isEqualTo("재개발 지역 길고양이를 안전하게 옮겨요.\n임시 보호처&길");
        assertThat(cats.draft().proposerKnown()).isTrue();
        assertThat(cats.draft().proposerName()).isEqualTo("한고양");
        assertThat(cats.draft().submittedOn()).isEqualTo(LocalDate.of(2019, 3, 11));
        assertThat(cats.draft().sourceUrl()).isEqualTo("https://decidim.example/processes/p/f/1/proposals/101");
        assertThat(cats.externalId()).isEqualTo("101");
        CandidateDetails lights = signedIn.as(me, () -> topics.get(rows.get(0).id()));
        assertThat(lights.draft().proposerKnown()).isFalse();
        assertThat(lights.draft().submittedOn()).isEqualTo(LocalDate.of(2025, 10, 2));

        // Moved along and screened meanwhile; the same export again (title changed on the platform) updates.
        signedIn.run(me, () -> topics.moveStatus(cats.id(), cats.version(), CandidateStatus.REVIEWING));
        byte[] again = DECIDIM_JSON.replace("길고양이 이삿길", "길고양이 이삿길 (수정)").getBytes(StandardCharsets.UTF_8);
        ImportPreview second = signedIn.as(me, () -> importer.previewImport("proposals.json", again, source, Map.of()));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        signedIn.run(me, () -> importer.importCandidates("proposals.json", again, source, Map.of()));
        assertThat(count(me, source)).isEqualTo(2);
        CandidateDetails updated = signedIn.as(me, () -> topics.get(cats.id()));
        assertThat(updated.draft().title()).isEqualTo("길고양이 이삿길 (수정)");
        assertThat(updated.status()).isEqualTo(CandidateStatus.REVIEWING);
    }

    /**
     * Re-importing the platform's export after a planner rewrote one candidate's text by hand: that candidate keeps
     * the planner's words and the preview and result name who edited it; one that only moved along is updated.
     */
    @Test
    void aCandidateEditedByHandSinceItsImportIsKeptAndNamedOnReimport() {
        String me = account();
        String editor = "e" + System.nanoTime() + "@test.kr";
        accounts.createAccount(editor, "박손질", Teams.PASSWORD);
        String source = "Decidim-" + System.nanoTime();
        byte[] first = DECIDIM_JSON.getBytes(StandardCharsets.UTF_8);
        signedIn.run(me, () -> importer.importCandidates("proposals.json", first, source, Map.of()));
        var rows = signedIn.as(me, () -> topics.page(new CandidateFilter(Set.of(), source, null,
                CandidateFilter.Sort.TITLE), 0, 10));
        CandidateDetails lights = signedIn.as(me, () -> topics.get(rows.get(0).id()));
        CandidateDetails cats = signedIn.as(me, () -> topics.get(rows.get(1).id()));
        CandidateDraft d = cats.draft();
        signedIn.run(editor, () -> topics.update(cats.id(), cats.version(), new CandidateDraft("재개발 지역 길고양이 이주",
                "planner's summary: 이주 경로와 임시 보호처", d.sourcePlatform(), d.sourceUrl(), d.submittedOn(),
                d.proposerKnown(), d.proposerName(), d.proposerEmail(), d.proposerPhone(), d.proposerSns(),
                List.of("동물"))));
        signedIn.run(me, () -> topics.moveStatus(lights.id(), lights.version(), CandidateStatus.REVIEWING));

        byte[] again = DECIDIM_JSON.replace("길고양이 이삿길", "길고양이 이삿길 (플랫폼 수정)")
                .replace("공원 태양광 조명", "공원 태양광 조명 (플랫폼 수정)").getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = signedIn.as(me, () -> importer.previewImport("proposals.json", again, source,
                Map.of()));
        assertThat(preview.created()).isZero();
        assertThat(preview.updated()).isEqualTo(1);
        assertThat(preview.kept()).singleElement().satisfies(k -> {
            assertThat(k.externalId()).isEqualTo("101");
            assertThat(k.title()).isEqualTo("재개발 지역 길고양이 이주");
            assertThat(k.editedBy()).isEqualTo("박손질");
            assertThat(k.editedAt()).isNotNull();
        });

        ImportPreview result = signedIn.as(me, () -> importer.importCandidates("proposals.json", again, source,
                Map.of()));
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.kept()).extracting(ImportPreview.Kept::editedBy).containsExactly("박손질");
        CandidateDetails keptCats = signedIn.as(me, () -> topics.get(cats.id()));
        assertThat(keptCats.draft().title()).isEqualTo("재개발 지역 길고양이 이주");
        assertThat(keptCats.draft().body()).isEqualTo("planner's summary: 이주 경로와 임시 보호처");
        assertThat(keptCats.draft().tags()).containsExactly("동물");
        CandidateDetails updatedLights = signedIn.as(me, () -> topics.get(lights.id()));
        assertThat(updatedLights.draft().title()).isEqualTo("공원 태양광 조명 (플랫폼 수정)");
        assertThat(updatedLights.status()).isEqualTo(CandidateStatus.REVIEWING);
    }

    /** A proposer's name erased by the retention purge is not brought back by importing the same export again. */
    @Test
    void aReimportDoesNotBringBackAnErasedProposerName() {
        String me = account();
        String source = "Decidim-" + System.nanoTime();
        byte[] file = DECIDIM_JSON.getBytes(StandardCharsets.UTF_8);
        signedIn.run(me, () -> importer.importCandidates("proposals.json", file, source, Map.of()));
        long id = signedIn.as(me, () -> topics.page(new CandidateFilter(Set.of(), source, null,
                CandidateFilter.Sort.TITLE), 0, 10)).get(1).id();
        long v = signedIn.as(me, () -> topics.get(id)).version();
        signedIn.run(me, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "보류"));
        jdbc.update("update topic_decision set decided_at = ? where candidate_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))), id);
        retention.purgeExpired();
        String erased = signedIn.as(me, () -> topics.get(id)).draft().proposerName();
        assertThat(erased).isNotEqualTo("한고양");

        signedIn.run(me, () -> importer.importCandidates("proposals.json", file, source, Map.of()));
        assertThat(signedIn.as(me, () -> topics.get(id)).draft().proposerName()).isEqualTo(erased);
    }

    @Test
    void aCsvWithItsOwnColumnsIsMappedAndBadRowsStopEverythingWithKoreanReasons() {
        String me = account();
        String source = "demosX-" + System.nanoTime();
        String csv = "번호,제목,내용,작성자,등록일,링크\n"
                + "d-1,버스정류장 책 선반,정류장에 책을 두어요,정다은,2025-09-01,https://demos.example/1\n"
                + "d-2,,내용만 있어요,,2025-09-02,\n"
                + "d-3,날짜가 이상해요,본문,,어제,ftp://nope\n"
                + "d-1,번호가 겹쳐요,본문,,2025-09-03,\n";
        byte[] file = csv.getBytes(Charset.forName("x-windows-949"));
        ImportPreview p = signedIn.as(me, () -> importer.previewImport("demos.csv", file, source, Map.of()));
        assertThat(p.mapping()).containsEntry(ImportField.EXTERNAL_ID, "번호").containsEntry(ImportField.TITLE, "제목")
                .containsEntry(ImportField.BODY, "내용").containsEntry(ImportField.AUTHOR, "작성자");
        assertThat(p.problems()).extracting(ImportPreview.Problem::line).containsExactly(3, 4, 5);
        assertThat(p.problems().get(0).messageKeys()).containsExactly("topic.error.titleRequired");
        assertThat(p.problems().get(1).messageKeys()).containsExactly("topic.import.error.date",
                "topic.error.urlInvalid");
        assertThat(p.problems().get(2).messageKeys()).containsExactly("topic.import.error.duplicateId");
        assertThatThrownBy(() -> signedIn.run(me, () -> importer.importCandidates("demos.csv", file, source, Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("topic.import.error.rowsHaveProblems"));
        assertThat(count(me, source)).as("all or nothing").isZero();

        // Only the good row, with the user's own mapping (the date column left out).
        String good = "번호,제목,내용,작성자,등록일,링크\nd-1,버스정류장 책 선반,정류장에 책을 두어요,정다은,2025-09-01,"
                + "https://demos.example/1\n";
        Map<ImportField, String> mapping = Map.of(ImportField.EXTERNAL_ID, "번호", ImportField.TITLE, "제목",
                ImportField.BODY, "내용", ImportField.URL, "링크");
        signedIn.run(me, () -> importer.importCandidates("demos.csv", good.getBytes(StandardCharsets.UTF_8), source,
                mapping));
        var row = signedIn.as(me, () -> topics.page(new CandidateFilter(Set.of(), source, null, null), 0, 5)).get(0);
        assertThat(row.proposerKnown()).isFalse();
        assertThat(row.submittedOn()).isNull();
        assertThat(row.sourcePlatform()).isEqualTo(source);

        // A mapping without the id column is refused before any row is read.
        ImportPreview noId = signedIn.as(me, () -> importer.previewImport("demos.csv",
                good.getBytes(StandardCharsets.UTF_8), source, Map.of(ImportField.TITLE, "제목", ImportField.BODY,
                        "내용")));
        assertThat(noId.problems()).singleElement().satisfies(pr -> assertThat(pr.messageKeys())
                .containsExactly("topic.import.error.map.EXTERNAL_ID"));
    }

    @Test
    void filesThatAreNotProposalsAreRefusedAndGuestsCannotImport() {
        String me = account();
        assertThatThrownBy(() -> signedIn.run(me, () -> importer.previewImport("p.json",
                "{\"not\": \"a list\"}".getBytes(StandardCharsets.UTF_8), "Decidim", Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("topic.import.error.json"));
        assertThatThrownBy(() -> signedIn.run(me, () -> importer.previewImport("p.exe",
                new byte[] {'M', 'Z', 0, 1}, "Decidim", Map.of()))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> signedIn.run(me, () -> importer.previewImport("p.json",
                DECIDIM_JSON.getBytes(StandardCharsets.UTF_8), " ", Map.of())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("topic.import.error.sourceRequired"));
        String owner = account();
        long experiment = signedIn.as(owner, () -> experiments.create(Drafts.valid("가져오기 게스트")));
        String guest = teams.joinWithNewAccount(owner, experiment, "게스트", MemberRole.PARTNER_GUEST);
        assertThatThrownBy(() -> signedIn.run(guest, () -> importer.importCandidates("p.json",
                DECIDIM_JSON.getBytes(StandardCharsets.UTF_8), "Decidim", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
