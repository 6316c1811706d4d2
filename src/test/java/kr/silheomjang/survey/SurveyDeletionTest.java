package kr.silheomjang.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.PublicResults;
import kr.silheomjang.followup.PublicResultsService;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.notification.NotificationService;
import kr.silheomjang.notification.NotificationView;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Notable;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.internal.AnswerRepository;
import kr.silheomjang.survey.internal.ResponseRepository;

/** Deleting a survey (owners and planners): its answers go, what refers to it goes too, nothing is deleted unseen. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyDeletionTest {

    @Autowired
    Teams teams;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AnswerRepository answers;
    @Autowired
    ResponseRepository responses;
    @Autowired
    RetrospectiveService retro;
    @Autowired
    ResultsPageService resultsPages;
    @Autowired
    PublicResultsService publicResults;
    @Autowired
    NotificationService notifications;

    String account(String name) {
        String email = "del" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long experimentOf(String email) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid("설문 삭제 실험장")));
    }

    /** A form with one single-choice question; returns its details. */
    SurveyDetails choiceForm(String owner, long id, String title) {
        long sid = signedIn.as(owner, () -> surveys.create(id, title));
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, sid));
        signedIn.run(owner, () -> surveys.save(id, sid, d.version(), new SurveyDraft(title, null, null, List.of(
                new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "어떻게 알고 오셨나요?", List.of("지인", "SNS"), true),
                new SurveyQuestion(null, QuestionType.LONG_TEXT, "한마디", List.of(), false)))));
        return signedIn.as(owner, () -> surveys.get(id, sid));
    }

    void answer(SurveyDetails d, String choice, String words) {
        publicSurveys.submit(d.token(), Map.of(d.questions().get(0).id(), List.of(choice),
                d.questions().get(1).id(), List.of(words)), "10.0.0." + (System.nanoTime() % 200),
                "delete-" + System.nanoTime());
    }

    SurveySummary summary(String who, long id, long surveyId) {
        return signedIn.as(who, () -> surveys.list(id)).stream().filter(s -> s.id() == surveyId).findFirst()
                .orElseThrow();
    }

    static String refusal(Runnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return String.join(",", e.messageKeys());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPlannerDeletesAFormWithItsAnswersAndEverythingThatReferredToIt() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        SurveyDetails d = choiceForm(owner, id, "현장 설문");
        answer(d, "지인", "홍길동 010-1234-5678 연락 주세요");
        answer(d, "SNS", "좋았어요");
        assertThat(answers.findBySurvey(d.id())).hasSize(4);
        assertThat(signedIn.as(owner, () -> notifications.inbox(0, 50))).extracting(NotificationView::kind)
                .contains(Notable.Kind.SURVEY_ANSWERS);
        String page = signedIn.as(owner, () -> resultsPages.enable(id));
        String token = page.substring(page.indexOf(PublicResultsService.PATH) + PublicResultsService.PATH.length());
        PublicResults before = publicResults.open(token);
        assertThat(before.charts()).extracting(PublicResults.Chart::survey).contains("현장 설문");
        long answersBefore = before.answers();

        SurveySummary s = summary(planner, id, d.id());
        assertThat(s.responseCount()).isEqualTo(2);
        signedIn.run(planner, () -> surveys.delete(id, d.id(), s.version(), s.responseCount()));

        assertThat(signedIn.as(owner, () -> surveys.list(id))).extracting(SurveySummary::id).doesNotContain(d.id());
        assertThat(answers.findBySurvey(d.id())).isEmpty();
        assertThat(responses.countBySurveyId(d.id())).isZero();
        // The public link says it cannot be found, to open and to answer.
        assertThat(refusal(() -> publicSurveys.open(d.token()))).isEqualTo("survey.error.notFound");
        assertThat(refusal(() -> answer(d, "지인", "늦게 온 답"))).isEqualTo("survey.error.notFound");
        // Its "new answers" line leaves the inbox; the results page drops its charts and answers when read.
        assertThat(signedIn.as(owner, () -> notifications.inbox(0, 50))).extracting(NotificationView::kind)
                .doesNotContain(Notable.Kind.SURVEY_ANSWERS);
        PublicResults after = publicResults.open(token);
        assertThat(after.charts()).extracting(PublicResults.Chart::survey).doesNotContain("현장 설문");
        assertThat(after.answers()).isEqualTo(answersBefore - 2);
        // A member opening it again is told it is not (or no more) there.
        assertThatThrownBy(() -> signedIn.run(owner, () -> surveys.get(id, d.id())))
                .isInstanceOf(kr.silheomjang.shared.MissingInExperimentException.class);
        assertThat(refusal(() -> signedIn.run(owner, () -> surveys.delete(id, d.id(), s.version(), 2))))
                .isEqualTo("survey.delete.error.gone");
    }

    @Test
    void aRetrospectiveFormGoesWithItsLinkWhichCanBeMadeAgain() {
        String owner = account("김기획");
        long id = experimentOf(owner);
        long first = signedIn.as(owner, () -> retro.openLink(id, RetroParty.STAFF, java.util.Locale.KOREAN));
        SurveySummary s = summary(owner, id, first);

        signedIn.run(owner, () -> surveys.delete(id, first, s.version(), 0));

        assertThat(signedIn.as(owner, () -> retro.board(id)).links()).extracting(l -> l.party())
                .doesNotContain(RetroParty.STAFF);
        long again = signedIn.as(owner, () -> retro.openLink(id, RetroParty.STAFF, java.util.Locale.KOREAN));
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void aDeleteOverANewerSaveOrNewAnswersDeletesNothingAndSaysWhy() {
        String owner = account("김기획");
        String planner = account("이준비");
        long id = experimentOf(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        SurveyDetails d = choiceForm(owner, id, "현장 설문");
        SurveySummary seen = summary(owner, id, d.id());

        // The planner saves after the owner looked: the owner's delete is refused, naming the planner.
        SurveyDetails now = signedIn.as(planner, () -> surveys.get(id, d.id()));
        signedIn.run(planner, () -> surveys.save(id, d.id(), now.version(), new SurveyDraft("현장 설문 (고침)", null,
                null, now.questions())));
        assertThatThrownBy(() -> signedIn.run(owner, () -> surveys.delete(id, d.id(), seen.version(), 0)))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.changedBy()).isEqualTo("이준비"));
        assertThat(summary(owner, id, d.id()).title()).isEqualTo("현장 설문 (고침)");

        // An answer arrives after the owner looked again: refused, as the question named no answers.
        SurveySummary again = summary(owner, id, d.id());
        answer(d, "지인", "방금 온 답");
        assertThat(refusal(() -> signedIn.run(owner, () -> surveys.delete(id, d.id(), again.version(),
                again.responseCount())))).isEqualTo("survey.delete.error.newResponses");
        assertThat(answers.findBySurvey(d.id())).hasSize(2);

        SurveySummary latest = summary(owner, id, d.id());
        signedIn.run(owner, () -> surveys.delete(id, d.id(), latest.version(), latest.responseCount()));
        assertThat(answers.findBySurvey(d.id())).isEmpty();
    }

    @Test
    void aPartnerGuestCannotDeleteAForm() {
        String owner = account("김기획");
        String guest = account("박협력");
        long id = experimentOf(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        SurveyDetails d = choiceForm(owner, id, "현장 설문");
        answer(d, "SNS", "좋았어요");
        SurveySummary s = summary(guest, id, d.id());

        assertThatThrownBy(() -> signedIn.run(guest, () -> surveys.delete(id, d.id(), s.version(), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(summary(owner, id, d.id()).responseCount()).isEqualTo(1);
        assertThat(publicSurveys.open(d.token()).title()).isEqualTo("현장 설문");
    }
}
