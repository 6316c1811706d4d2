package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.ObservationService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.VerdictOutcome;

/** Point 5: the hand-off report — who may make it, draft → 작성 완료, conflicts, and the PDF's Korean text. */
@SpringBootTest
@ActiveProfiles("test")
class ReportServiceTest {

    static final List<String> QUESTIONS = List.of(
            "지하철 유휴공간에 어르신들을 위한 야학을 열면 어르신들이 실제로 찾아와 배움에 참여할까?",
            "붐비는 서울역 한켠에서도 수업에 집중할 수 있는 환경을 만들 수 있을까?",
            "운영기관이 제시한 어려움(안전, 공간 관리)은 실험에서 실제로 나타나는가?");

    @Autowired
    ReportService reports;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ObservationService observations;
    @Autowired
    ParticipantService participants;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    RetrospectiveService retro;
    @Autowired
    StageGuideService guide;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    String account(String name) {
        String email = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    record Team(long id, String owner, String planner, String guest) {
    }

    /** An experiment with three questions, a verdict, attendance, a survey with answers and a retrospective. */
    Team team(String title) {
        String owner = account("소유자");
        String planner = account("기획자");
        String guest = account("협력기관");
        ExperimentDraft draft = Drafts.valid(title);
        draft.setQuestions(QUESTIONS);
        draft.setPurpose("시민제안이 실제로 효과가 있는지 확인한다 & 기록을 남긴다");
        long id = signedIn.as(owner, () -> experiments.create(draft));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> {
            long q = observations.verdicts(id).get(0).questionId();
            observations.saveVerdict(id, q, null, VerdictOutcome.EFFECT_SEEN, "어르신 23명이 끝까지 수업에 참여했다");
            for (String name : List.of("김참석", "이참석", "박불참")) {
                participants.create(id, ParticipantDraft.named(name).toBuilder()
                        .status(name.startsWith("박") ? AttendanceStatus.ABSENT : AttendanceStatus.ATTENDED).build());
            }
            long surveyId = surveys.createForm(id, "야학 만족도 조사", SurveyAudience.PARTICIPANT, List.of(
                    new SurveyQuestion(null, QuestionType.RATING, "수업은 얼마나 만족스러웠나요?", List.of(), false),
                    new SurveyQuestion(null, QuestionType.YES_NO, "다음에도 오시겠어요?", List.of(), false)));
            SurveyDetails form = surveys.get(id, surveyId);
            for (int i = 0; i < 2; i++) {
                publicSurveys.submit(form.token(), Map.of(form.questions().get(0).id(), List.of(i == 0 ? "5" : "4"),
                        form.questions().get(1).id(), List.of("YES")), "10.2.0." + i, "report-" + System.nanoTime());
            }
            retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "마이크를 미리 준비하기");
        });
        return new Team(id, owner, planner, guest);
    }

    @Test
    void theReportReadsEveryFeatureAndThePdfCarriesTheKoreanTitleAndEveryQuestion() throws IOException {
        Team t = team("서울역에 일일야학이 열렸다?!");
        signedIn.run(t.planner(), () -> reports.save(t.id(), null, "하루 야학에 어르신들이 <실제로> 찾아왔다 & 배웠다",
                "소리가 잘 안 들렸다"));

        ReportContents r = signedIn.as(t.planner(), () -> reports.report(t.id()));
        assertThat(r.questions()).extracting(ReportContents.Question::text).containsExactlyElementsOf(QUESTIONS);
        assertThat(r.questions().get(0).outcome()).isEqualTo(VerdictOutcome.EFFECT_SEEN);
        assertThat(r.attendance()).isEqualTo(new ReportContents.Attendance(3, 2, 1));
        assertThat(r.attendance().ratePercent()).isEqualTo(67L);
        assertThat(r.surveys()).filteredOn(s -> s.title().equals("야학 만족도 조사")).singleElement().satisfies(s -> {
            assertThat(s.responses()).isEqualTo(2);
            assertThat(s.facts().get(0).average()).isEqualTo(4.5);
        });
        assertThat(r.retrospective()).extracting(ReportContents.Highlight::text).contains("마이크를 미리 준비하기");
        assertThat(r.text().summary()).contains("<실제로>");

        // The print view's markup escapes what users typed.
        String html = ReportHtml.fragment(r, (key, params) -> key, Locale.KOREAN);
        assertThat(html).contains("&lt;실제로&gt; 찾아왔다 &amp; 배웠다").doesNotContain("<실제로>");

        byte[] pdf = signedIn.as(t.planner(), () -> reports.pdf(t.id(), Locale.KOREAN));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("one A4 page").isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
            String raw = new PDFTextStripper().getText(doc);
            // Spaces come out as spaces (a font that maps U+0000 to its space glyph yields NULs here instead).
            assertThat(raw).contains("결과 보고서").doesNotContain("\u0000");
            String text = squeeze(raw);
            assertThat(text).contains("결과보고서", squeeze("서울역에 일일야학이 열렸다?!"),
                    squeeze("실험의 질문과 판정"), squeeze("효과 있음"), squeeze("<실제로> 찾아왔다 & 배웠다"),
                    squeeze("참여자 3명 · 참석 2명 · 불참 1명"), squeeze("마이크를 미리 준비하기"));
            for (String q : QUESTIONS) {
                assertThat(text).as("every question is in the PDF").contains(squeeze(q));
            }
        }
    }

    /** Line breaks fall anywhere in a wrapped line: compare without any whitespace. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", "");
    }

    @Test
    void draftThenDoneWithConflictsNamedAndTheStageCheckFollowing() {
        Team t = team("보고서 흐름");
        signedIn.run(t.planner(), () -> reports.save(t.id(), null, "첫 요약", ""));
        ReportText first = signedIn.as(t.owner(), () -> reports.text(t.id()));
        assertThat(first.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(first.updatedByName()).isEqualTo("기획자");

        // A second "first save" and a stale version both name who saved.
        assertThatThrownBy(() -> signedIn.run(t.owner(), () -> reports.save(t.id(), null, "덮어쓰기", "")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("기획자"));
        signedIn.run(t.owner(), () -> reports.save(t.id(), first.version(), "고친 요약", "주요 내용"));
        assertThatThrownBy(() -> signedIn.run(t.planner(), () -> reports.save(t.id(), first.version(), "늦은 저장", "")))
                .isInstanceOf(ConflictException.class);
        assertThat(signedIn.as(t.owner(), () -> reports.text(t.id())).summary()).isEqualTo("고친 요약");

        // Too long: refused in Korean keys, nothing saved.
        long v = signedIn.as(t.owner(), () -> reports.text(t.id())).version();
        assertThatThrownBy(() -> signedIn.run(t.owner(), () -> reports.save(t.id(), v, "가".repeat(1501), "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("followup.report.error.summaryTooLong"));
        assertThat(reportItem(t).state()).isEqualTo(StageCheckItem.State.OPEN);

        signedIn.run(t.planner(), () -> reports.complete(t.id(), v, "완성된 요약", "주요 내용"));
        ReportText done = signedIn.as(t.owner(), () -> reports.text(t.id()));
        assertThat(done.status()).isEqualTo(ReportStatus.DONE);
        assertThat(done.completedByName()).isEqualTo("기획자");
        assertThat(done.summary()).isEqualTo("완성된 요약");
        assertThat(reportItem(t).state()).isEqualTo(StageCheckItem.State.DONE);
        assertThat(reportItem(t).check().href()).isEqualTo("experiments/" + t.id() + "/followup/report");

        // A report marked done is what was handed on: it is reopened before any change.
        assertThatThrownBy(() -> signedIn.run(t.owner(), () -> reports.save(t.id(), done.version(), "x", "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("followup.report.error.done"));
        signedIn.run(t.owner(), () -> reports.reopen(t.id(), done.version()));
        assertThat(signedIn.as(t.owner(), () -> reports.text(t.id())).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reportItem(t).state()).isEqualTo(StageCheckItem.State.OPEN);
    }

    StageCheckItem reportItem(Team t) {
        return signedIn.as(t.owner(), () -> guide.checklist(t.id())).of(Stage.FOLLOW_UP).stream()
                .filter(i -> i.check().key().equals("followup.check.report")).findFirst().orElseThrow();
    }

    @Test
    void partnerGuestsAndAnonymousCallersAreRefusedAndAClosedExperimentStillPrints() {
        Team t = team("권한 확인");
        assertThatThrownBy(() -> signedIn.run(t.guest(), () -> reports.report(t.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(t.guest(), () -> reports.pdf(t.id(), Locale.KOREAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(t.guest(), () -> reports.save(t.id(), null, "게스트", "")))
                .isInstanceOf(AccessDeniedException.class);
        String stranger = account("남");
        assertThatThrownBy(() -> signedIn.run(stranger, () -> reports.report(t.id())))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> reports.pdf(t.id(), Locale.KOREAN)).isInstanceOf(AuthenticationException.class);
        assertThat(signedIn.as(t.owner(), () -> reports.text(t.id())).version()).as("nothing was saved").isNull();

        // Closed: read-only for everyone, yet the report and its PDF are still made.
        signedIn.run(t.owner(), () -> experiments.close(t.id(), experiments.get(t.id()).version()));
        assertThatThrownBy(() -> signedIn.run(t.owner(), () -> reports.save(t.id(), null, "마감 뒤", "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.experiment.closed"));
        assertThat(signedIn.as(t.planner(), () -> reports.pdf(t.id(), Locale.KOREAN))).isNotEmpty();
    }
}
