package kr.silheomjang.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

/** Deleting a survey from the list and the builder: a question that says what goes, and co-planners follow. */
class SurveyDeleteViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;

    Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    Map<String, String> params(long id, long surveyId) {
        return Map.of("experimentId", String.valueOf(id), "surveyId", String.valueOf(surveyId));
    }

    /** A form with one yes/no question and {@code answers} responses; returns its id. */
    long form(String owner, long id, String title, int answers) {
        long sid = signedIn.as(owner, () -> surveys.create(id, title));
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, sid));
        signedIn.run(owner, () -> surveys.save(id, sid, d.version(), new SurveyDraft(title, null, null,
                List.of(new SurveyQuestion(null, QuestionType.YES_NO, "다시 오시겠어요?", List.of(), true)))));
        SurveyDetails saved = signedIn.as(owner, () -> surveys.get(id, sid));
        for (int i = 0; i < answers; i++) {
            publicSurveys.submit(saved.token(), Map.of(saved.questions().get(0).id(), List.of("YES")),
                    "10.1.1." + i, "delete-view-" + System.nanoTime());
        }
        return sid;
    }

    boolean listed(String who, long id, long surveyId) {
        return signedIn.as(who, () -> surveys.list(id)).stream().map(SurveySummary::id).anyMatch(s -> s == surveyId);
    }

    @Test
    void theListAsksWhatGoesAndCoPlannersWithItOpenAreSentToTheList() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        long id = experimentWithPlanner(owner, planner, "설문 삭제 화면 실험장");
        long sid = form(owner, id, "현장 설문", 2);
        BrowserlessUIContext windowA = windowOf(owner);
        SurveysView list = windowA.navigate(SurveysView.class, params(id));
        BrowserlessUIContext builderB = windowOf(planner);
        builderB.navigate(SurveyEditView.class, params(id, sid));
        BrowserlessUIContext resultsB = windowOf(planner);
        resultsB.navigate(SurveyResultsView.class, params(id, sid));

        // A partner guest never sees it; an editor's button says which survey.
        in(windowA).test(windowA.find(Button.class).withAriaLabel("“현장 설문” 설문 삭제").single()).click();
        ConfirmDialog question = opened(windowA, ConfirmDialog.class);
        assertThat(question.getId()).contains("survey-delete-question");
        assertThat(question.getElement().getProperty("header")).isEqualTo("설문을 삭제할까요?");
        assertThat(question.getElement().getProperty("message"))
                .contains("“현장 설문” 설문 양식(질문 1개)과 응답 2건의 답변이 모두 지워지고", "CSV");
        answerQuestion(windowA, "survey-delete-keep", false);
        assertThat(listed(owner, id, sid)).isTrue();

        in(windowA).test(windowA.find(Button.class).withAriaLabel("“현장 설문” 설문 삭제").single()).click();
        answerQuestion(windowA, "survey-delete-keep", true);
        assertThat(listed(owner, id, sid)).isFalse();
        assertThat(notificationTexts(windowA)).contains("“현장 설문” 설문을 삭제했습니다.");
        assertThat(list.list.getElement().getTextRecursively()).doesNotContain("현장 설문");

        // The planner's open builder and results are told, and show the list instead of an error. A screen reader
        // hears it once: the live region's sentence naming who deleted which survey; the notice is only shown (QA:
        // both were announced).
        await(builderB, () -> builderB.getCurrentView() instanceof SurveysView);
        assertThat(shownNotices(builderB)).contains("보고 있던 설문을 다른 사람이 방금 삭제했습니다")
                .doesNotContain("제외되어");
        assertThat(announced(builderB)).containsExactly("김기획님이 설문 “현장 설문”을 삭제했습니다");
        await(resultsB, () -> resultsB.getCurrentView() instanceof SurveysView);
        assertThat(shownNotices(resultsB)).contains("보고 있던 설문을 다른 사람이 방금 삭제했습니다");
        assertThat(announced(resultsB)).containsExactly("김기획님이 설문 “현장 설문”을 삭제했습니다");
    }

    /**
     * What a screen reader is told in a window: the live region's sentence, and the text of every open notification
     * (its card is a live region, role "alert") that is not hidden from it.
     */
    static List<String> announced(BrowserlessUIContext window) {
        runQueuedAccess(window);
        List<String> heard = new java.util.ArrayList<>();
        if (!said(window).isEmpty()) {
            heard.add(said(window));
        }
        for (var n : window.find(com.vaadin.flow.component.notification.Notification.class).all()) {
            String text = n.getElement().getProperty("text", "");
            if (!text.isBlank()) {
                heard.add(text);
            }
            n.getChildren().filter(c -> !"true".equals(c.getElement().getAttribute("aria-hidden")))
                    .map(c -> c.getElement().getTextRecursively()).filter(t -> !t.isBlank()).forEach(heard::add);
        }
        return heard;
    }

    /** What the open notifications show on screen, announced or not. */
    static String shownNotices(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return String.join("\n", window.find(com.vaadin.flow.component.notification.Notification.class).all()
                .stream().map(n -> n.getElement().getProperty("text", "")
                        + n.getChildren().map(c -> c.getElement().getTextRecursively())
                                .collect(java.util.stream.Collectors.joining()))
                .toList());
    }

    /**
     * QA: co-planners with the list, the builder or the results open saw a deleted survey go, but a screen reader heard
     * nothing. The live region now says who deleted which survey, in each listener's language; not to the deleter.
     */
    @Test
    void coPlannersScreenReadersHearWhoDeletedWhichSurvey() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        long id = experimentWithPlanner(owner, planner, "설문 삭제 화면 실험장");
        long sid = form(owner, id, "현장 설문", 1);
        BrowserlessUIContext listB = windowOf(planner);
        listB.navigate(SurveysView.class, params(id));
        BrowserlessUIContext builderB = windowOf(planner);
        builderB.navigate(SurveyEditView.class, params(id, sid));
        BrowserlessUIContext resultsB = windowOf(planner);
        resultsB.getUI().setLocale(java.util.Locale.ENGLISH);
        resultsB.navigate(SurveyResultsView.class, params(id, sid));
        BrowserlessUIContext listA = windowOf(owner);
        listA.navigate(SurveysView.class, params(id));

        long version = signedIn.as(owner, () -> surveys.get(id, sid)).version();
        signedIn.run(owner, () -> surveys.delete(id, sid, version, 1));
        await(resultsB, () -> resultsB.getCurrentView() instanceof SurveysView);
        for (BrowserlessUIContext w : List.of(listB, builderB, resultsB)) {
            try {
                // 김기획 opened the list a moment before: that arrival is said first, the deletion in the next slot.
                await(w, () -> said(w).contains("현장 설문"));
            } catch (AssertionError quiet) {
                // the comparison below says what was said
            }
        }
        assertThat(List.of(said(listB), said(builderB), said(resultsB))).containsExactly(
                "김기획님이 설문 “현장 설문”을 삭제했습니다", "김기획님이 설문 “현장 설문”을 삭제했습니다",
                "김기획 deleted the survey “현장 설문”");
        runQueuedAccess(listA);
        assertThat(said(listA)).isEmpty();
    }

    static String said(BrowserlessUIContext window) {
        return kr.silheomjang.ui.LiveAnnouncer.of(window.getUI()).map(kr.silheomjang.ui.LiveAnnouncer::said)
                .orElse("");
    }

    @Test
    void aPartnerGuestHasNoDeleteButton() {
        String owner = newAccount("김기획");
        String guest = newAccount("박협력");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("설문 삭제 화면 실험장")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long sid = form(owner, id, "현장 설문", 0);
        BrowserlessUIContext window = windowOf(guest);
        window.navigate(SurveysView.class, params(id));
        assertThat(window.find(Button.class).withAriaLabel("“현장 설문” 설문 삭제").all()).isEmpty();
        SurveyEditView builder = window.navigate(SurveyEditView.class, params(id, sid));
        assertThat(builder.delete.isVisible()).isFalse();
    }

    /**
     * The builder deletes the form as its deleter saw it: over a co-planner's newer save nothing goes, the builder
     * shows their version and says so; deleting again deletes it and shows the list.
     */
    @Test
    void aDeleteFromTheBuilderOverANewerSaveIsToldThenGoesThrough() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        long id = experimentWithPlanner(owner, planner, "설문 삭제 화면 실험장");
        long sid = form(owner, id, "빈 설문", 0);
        BrowserlessUIContext windowA = windowOf(owner);
        SurveyEditView builder = windowA.navigate(SurveyEditView.class, params(id, sid));

        in(windowA).test(builder.delete).click();
        ConfirmDialog question = opened(windowA, ConfirmDialog.class);
        assertThat(question.getElement().getProperty("message")).contains("“빈 설문” 설문 양식(질문 1개)이 지워지고",
                "아직 응답은 없습니다");
        // The planner saves while the question is open.
        SurveyDetails now = signedIn.as(planner, () -> surveys.get(id, sid));
        signedIn.run(planner, () -> surveys.save(id, sid, now.version(), new SurveyDraft("빈 설문 (고침)", null, null,
                now.questions())));
        answerQuestion(windowA, "survey-delete-keep", true);
        assertThat(listed(owner, id, sid)).isTrue();
        assertThat(builder.conflictBox.isVisible()).isTrue();
        assertThat(builder.conflictBox.getElement().getTextRecursively()).contains("이준비님이", "삭제하지 않았습니다");
        assertThat(builder.title.getValue()).isEqualTo("빈 설문 (고침)");

        in(windowA).test(builder.delete).click();
        answerQuestion(windowA, "survey-delete-keep", true);
        assertThat(listed(owner, id, sid)).isFalse();
        assertThat(windowA.getCurrentView()).isInstanceOf(SurveysView.class);
        assertThat(notificationTexts(windowA)).contains("“빈 설문 (고침)” 설문을 삭제했습니다.")
                .doesNotContain("다른 사람이");
    }
}
