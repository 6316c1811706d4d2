package kr.silheomjang.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.followup.PublicResults;
import kr.silheomjang.followup.PublicResultsService;
import kr.silheomjang.followup.ResultsPageService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;

/**
 * The results page's bars are each answer's share of the question's respondents, said in words beside the count: "2
 * of 5" is 40 %, never a full bar because it is the largest.
 */
class ResultsBarsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    ResultsPageService pages;

    @Test
    void eachBarIsItsShareOfTheRespondentsWithThePercentageInWords() {
        String owner = newAccount("김기획");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("막대 실험장")));
        long sid = signedIn.as(owner, () -> surveys.create(id, "현장 설문"));
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, sid));
        signedIn.run(owner, () -> surveys.save(id, sid, d.version(), new SurveyDraft("현장 설문", null, null, List.of(
                new SurveyQuestion(null, QuestionType.SINGLE_CHOICE, "어떻게 알고 오셨나요?", List.of("지인", "SNS", "포스터"),
                        true)))));
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, sid));
        int n = 0;
        for (String choice : List.of("지인", "지인", "SNS", "SNS", "포스터")) {
            publicSurveys.submit(form.token(), Map.of(form.questions().get(0).id(), List.of(choice)),
                    "10.2.2." + n++, "bars-" + System.nanoTime());
        }
        String link = signedIn.as(owner, () -> pages.enable(id));
        String token = link.substring(link.indexOf(PublicResultsService.PATH) + PublicResultsService.PATH.length());

        BrowserlessUIContext window = windowOf(owner);
        window.navigate(PublicResultsView.class, Map.of("token", token));
        List<Span> counts = window.find(Span.class).withClassName("results-bar-count").all();
        assertThat(counts).extracting(Span::getText).containsExactly("2건 (40%)", "2건 (40%)", "1건 (20%)");
        assertThat(window.find(Div.class).withClassName("results-bar").all())
                .extracting(bar -> bar.getStyle().get("width")).containsExactly("40%", "40%", "20%");
    }

    @Test
    void aShareIsOfTheQuestionsRespondentsRounded() {
        PublicResults.Chart chart = new PublicResults.Chart("설문", "질문", 3, List.of(), 1L);
        assertThat(chart.percent(new PublicResults.Bar("가", 2, null))).isEqualTo(67);
        assertThat(chart.percent(new PublicResults.Bar("나", 3, null))).isEqualTo(100);
        assertThat(new PublicResults.Chart("설문", "질문", 0, List.of(), null)
                .percent(new PublicResults.Bar("다", 0, null))).isZero();
    }
}
