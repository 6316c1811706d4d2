package kr.silheomjang.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * A closed experiment is read-only for everyone, its public forms included: an answer sent after the owner closed it
 * (from a form opened before) is refused with a Korean message on the page, and nothing is stored.
 */
class ClosedExperimentSurveyTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;

    @Test
    void anAnswerSentAfterClosingIsRefusedInKoreanAndNothingIsStored() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("마감 설문 실험장")));
        SurveySummary s = signedIn.as(owner, () -> surveys.list(id)).stream()
                .filter(x -> x.audience() == SurveyAudience.PARTICIPANT).findFirst().orElseThrow();
        SurveyDetails details = signedIn.as(owner, () -> surveys.get(id, s.id()));

        // A participant opens the form on a phone while the experiment is still open.
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSurveyView form = phone.navigate(PublicSurveyView.class, Map.of("token", s.token()));
        assertThat(form.form).isNotNull();

        signedIn.run(owner, () -> experiments.close(id, experiments.get(id).version()));

        for (int i = 0; i < details.questions().size(); i++) {
            if (details.questions().get(i).type().isText()) {
                form.form.<String>field(i).setValue("마감 뒤에 보낸 답");
            }
        }
        in(phone).test(form.submit).click();
        assertThat(form.body.getElement().getTextRecursively())
                .contains("설문을 열 수 없습니다", "이 실험장은 마무리되어 더 이상 응답을 받지 않습니다.");
        assertThatThrownBy(() -> publicSurveys.submit(s.token(),
                Map.of(details.questions().get(0).id(), List.of("직접 보낸 답")), "10.9.9.9", "closed-direct"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("survey.error.experimentClosed"));
        assertThat(signedIn.as(owner, () -> surveys.results(id, s.id())).responseCount()).isZero();

        // Opening the link again shows the same message instead of the form.
        PublicSurveyView again = app.newUser(null).newWindow().navigate(PublicSurveyView.class,
                Map.of("token", s.token()));
        assertThat(again.form).isNull();
        assertThat(again.body.getElement().getTextRecursively()).contains("더 이상 응답을 받지 않습니다");
    }
}
