package kr.silheomjang.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;
import kr.silheomjang.survey.VerdictOutcome;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;

class SurveyViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    kr.silheomjang.survey.ObservationService observations;

    long createAs(String email) {
        return signedIn.as(email, () -> experiments.create(Drafts.valid("설문 화면 실험장")));
    }


    Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    Map<String, String> params(long id, long surveyId) {
        return Map.of("experimentId", String.valueOf(id), "surveyId", String.valueOf(surveyId));
    }

    SurveySummary participant(String owner, long id) {
        return signedIn.as(owner, () -> surveys.list(id)).stream()
                .filter(s -> s.audience() == SurveyAudience.PARTICIPANT).findFirst().orElseThrow();
    }

    @Test
    void theSurveysTabListsTheGuidesFormsWithLinkQrAndLiveResponseCounts() {
        String owner = newAccount("소유자");
        long id = createAs(owner);
        BrowserlessUIContext window = windowOf(owner);
        SurveysView view = window.navigate(SurveysView.class, params(id));
        String text = view.list.getElement().getTextRecursively();
        assertThat(text).contains("참여자 설문", "후속 피드백", "응답 받는 중", "응답 0건", "QR 코드 내려받기");
        assertThat(view.tabsText()).contains("설문·관찰");
        assertThat(view.createRow.isVisible()).isTrue();

        SurveySummary s = participant(owner, id);
        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, s.id()));
        publicSurveys.submit(s.token(), Map.of(d.questions().get(0).id(), List.of("좋았어요"),
                d.questions().get(1).id(), List.of("네")), "9.9.9.1", "view-session-" + System.nanoTime());
        await(window, () -> view.list.getElement().getTextRecursively().contains("응답 1건"));
    }

    /** QA (English UI): a form without dates read "Answering: no limit to no limit"; an open end is left out. */
    @Test
    void theAnsweringPeriodLeavesAnOpenEndOutInBothLanguages() {
        String owner = newAccount("소유자");
        long id = createAs(owner);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext korean = windowOf(owner);
        String ko = korean.navigate(SurveysView.class, params(id)).list.getElement().getTextRecursively();
        assertThat(ko).contains("응답 기간: 제한 없음").doesNotContain("제한 없음 ~");

        BrowserlessUIContext window = windowOf(owner);
        window.getUI().setLocale(java.util.Locale.ENGLISH);
        String en = window.navigate(SurveysView.class, params(id)).list.getElement().getTextRecursively();
        assertThat(en).contains("Answering: any time").doesNotContain("no limit");

        SurveyDetails d = signedIn.as(owner, () -> surveys.get(id, s.id()));
        java.time.Instant close = java.time.Instant.parse("2027-03-31T09:00:00Z");
        signedIn.run(owner, () -> surveys.save(id, d.id(), d.version(),
                new SurveyDraft(d.title(), null, close, d.questions())));
        en = window.navigate(SurveysView.class, params(id)).list.getElement().getTextRecursively();
        assertThat(en).contains("Answering: until Mar 31, 2027 6:00 PM").doesNotContain(" to ", "no limit");
    }

    @Test
    void theBuilderAddsReordersPreviewsAndSavesAndAPartnerGuestOnlyReads() {
        String owner = newAccount("소유자");
        String partner = newAccount("협력기관");
        long id = createAs(owner);
        teams.join(owner, id, partner, MemberRole.PARTNER_GUEST);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext window = windowOf(owner);
        SurveyEditView view = window.navigate(SurveyEditView.class, params(id, s.id()));
        assertThat(view.editors).hasSize(3);

        window.test(view.add).click();
        QuestionsEditor.QuestionEditor added = view.editors.get(3);
        window.test(added.type).selectItem("평점 (1–5)");
        window.test(added.text).setValue("오늘 실험에 만족하셨나요?");
        window.test(added.required).click();
        window.test(added.up).click();
        window.test(added.up).click();
        window.test(added.up).click();
        assertThat(view.editors.get(0)).isSameAs(added);
        assertThat(added.up.isEnabled()).isFalse();

        window.test(view.preview).click();
        Dialog preview = opened(window, Dialog.class);
        assertThat(preview.getElement().getTextRecursively()).contains("1오늘 실험에 만족하셨나요? *");
        preview.close();

        window.test(view.save).click();
        SurveyDetails saved = signedIn.as(owner, () -> surveys.get(id, s.id()));
        assertThat(saved.questions()).hasSize(4);
        assertThat(saved.questions().get(0).type()).isEqualTo(QuestionType.RATING);
        assertThat(saved.questions().get(0).required()).isTrue();
        assertThat(saved.questions().get(1).text()).isEqualTo("본 실험이 참여자분들에게 어떻게 느껴지셨나요?");

        // A choice question without enough options is explained in Korean and nothing changes.
        window.test(view.add).click();
        QuestionsEditor.QuestionEditor choice = view.editors.get(4);
        window.test(choice.type).selectItem("객관식 (하나 선택)");
        window.test(choice.text).setValue("역할");
        window.test(choice.options).setValue("스탭");
        window.test(view.save).click();
        assertThat(window.find(com.vaadin.flow.component.notification.Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text")))
                .anyMatch(t -> t != null && t.contains("객관식 질문에는 선택지가 두 개 이상 있어야 합니다."));
        assertThat(signedIn.as(owner, () -> surveys.get(id, s.id())).questions()).hasSize(4);

        BrowserlessUIContext guest = windowOf(partner);
        SurveyEditView guestView = guest.navigate(SurveyEditView.class, params(id, s.id()));
        assertThat(guestView.save.isVisible()).isFalse();
        assertThat(guestView.readOnly.isVisible()).isTrue();
        SurveysView list = guest.navigate(SurveysView.class, params(id));
        assertThat(list.createRow.isVisible()).isFalse();
        // No form's public link or QR code for a guest (a link answers as the form's party); no observation log.
        assertThat(list.list.getElement().getTextRecursively()).contains("참여자 설문")
                .doesNotContain("QR 코드 내려받기");
        ObservationsView log = guest.navigate(ObservationsView.class, params(id));
        assertThat(log.log.getElement().getTextRecursively()).contains("메모를 공개한 경우에만");
    }

    /** Every part a guest could change on screen: read-only fields and visible move or delete buttons. */
    static List<String> changeable(SurveyEditView view) {
        List<String> found = new java.util.ArrayList<>();
        if (!view.title.isReadOnly()) found.add("title");
        if (!view.opensAt.isReadOnly()) found.add("opensAt");
        if (!view.closesAt.isReadOnly()) found.add("closesAt");
        if (view.add.isVisible()) found.add("add");
        for (int i = 0; i < view.editors.size(); i++) {
            QuestionsEditor.QuestionEditor q = view.editors.get(i);
            if (!q.type.isReadOnly()) found.add(i + ".type");
            if (!q.text.isReadOnly()) found.add(i + ".text");
            if (!q.options.isReadOnly()) found.add(i + ".options");
            if (!q.required.isReadOnly()) found.add(i + ".required");
            if (q.up.isVisible()) found.add(i + ".up");
            if (q.down.isVisible()) found.add(i + ".down");
            if (q.remove.isVisible()) found.add(i + ".remove");
        }
        return found;
    }

    /**
     * A partner guest reads the whole builder: every field read-only, no add, move or delete, so nothing can be lost
     * on screen. A co-planner's save arrives live, even in the field the guest has the focus in, and the redrawn
     * questions are read-only too. The editor's builder stays editable.
     */
    @Test
    void aPartnerGuestsBuilderIsReadOnlyThroughoutAlsoAfterALiveRefresh() {
        String owner = newAccount("김기획");
        String partner = newAccount("협력기관");
        long id = createAs(owner);
        teams.join(owner, id, partner, MemberRole.PARTNER_GUEST);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext a = windowOf(owner);
        SurveyEditView editorView = a.navigate(SurveyEditView.class, params(id, s.id()));
        BrowserlessUIContext guest = windowOf(partner);
        SurveyEditView guestView = guest.navigate(SurveyEditView.class, params(id, s.id()));

        assertThat(guestView.editors).hasSize(3);
        assertThat(changeable(guestView)).isEmpty();
        assertThat(guestView.questionList.isReadOnly()).isTrue();
        assertThat(editorView.questionList.isReadOnly()).isFalse();
        assertThat(changeable(editorView)).contains("title", "opensAt", "closesAt", "add", "0.type", "0.text",
                "0.required", "0.down", "0.remove", "2.up", "2.remove");

        // The guest looks into the title and the first question (to select text), then the owner saves.
        in(guest);
        com.vaadin.flow.component.ComponentUtil.fireEvent(guestView.title,
                new com.vaadin.flow.component.FocusNotifier.FocusEvent<>(guestView.title, true));
        com.vaadin.flow.component.ComponentUtil.fireEvent(guestView.editors.get(0).text,
                new com.vaadin.flow.component.FocusNotifier.FocusEvent<>(guestView.editors.get(0).text, true));
        in(a).test(editorView.title).setValue("김기획이 고친 설문");
        in(a).test(editorView.editors.get(0).text).setValue("오늘 어떠셨나요?");
        in(a).test(editorView.add).click();
        QuestionsEditor.QuestionEditor added = editorView.editors.get(3);
        in(a).test(added.type).selectItem("객관식 (하나 선택)");
        in(a).test(added.text).setValue("역할");
        in(a).test(added.options).setValue("스탭\n참여자");
        in(a).test(editorView.save).click();
        assertThat(signedIn.as(owner, () -> surveys.get(id, s.id())).questions()).hasSize(4);

        await(guest, () -> guestView.editors.size() == 4
                && "김기획이 고친 설문".equals(guestView.title.getValue())
                && "오늘 어떠셨나요?".equals(guestView.editors.get(0).text.getValue()));
        assertThat(guestView.form.marked()).isEmpty();
        assertThat(guestView.editors.get(3).options.isVisible()).isTrue();
        assertThat(changeable(guestView)).isEmpty();
        assertThat(changeable(editorView)).contains("title", "add", "3.options", "3.up", "3.remove");
    }

    @Test
    void aStaleSaveKeepsTheEditorsInputAndNamesWhoSavedFirst() {
        String owner = newAccount("소유자");
        String planner = newAccount("박기획");
        long id = createAs(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext a = windowOf(owner);
        SurveyEditView viewA = a.navigate(SurveyEditView.class, params(id, s.id()));
        BrowserlessUIContext b = windowOf(planner);
        SurveyEditView viewB = b.navigate(SurveyEditView.class, params(id, s.id()));

        in(b).test(viewB.title).setValue("기획자가 바꾼 이름");
        in(b).test(viewB.save).click();
        in(a).test(viewA.title).setValue("소유자가 바꾼 이름");
        in(a).test(viewA.save).click();

        assertThat(viewA.conflictBox.isVisible()).isTrue();
        assertThat(viewA.conflictBox.getElement().getTextRecursively()).contains("박기획님이");
        assertThat(viewA.title.getValue()).isEqualTo("소유자가 바꾼 이름");
        assertThat(signedIn.as(owner, () -> surveys.get(id, s.id())).title()).isEqualTo("기획자가 바꾼 이름");
    }

    @Test
    void whatBIsTypingInTheBuilderSurvivesASaveOfTheSameFieldByA() {
        String owner = newAccount("김기획");
        String planner = newAccount("이준비");
        long id = createAs(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext a = windowOf(owner);
        SurveyEditView viewA = a.navigate(SurveyEditView.class, params(id, s.id()));
        BrowserlessUIContext b = windowOf(planner);
        SurveyEditView viewB = b.navigate(SurveyEditView.class, params(id, s.id()));

        kr.silheomjang.support.Typing.typeWithoutLeaving(b, viewB.title, "이준비가 고치는 설문");
        await(a, () -> viewA.form.inField("title").contains("이준비"));
        // A renames it and rewords the first question, then saves.
        in(a).test(viewA.title).setValue("김기획이 저장한 설문");
        in(a).test(viewA.editors.get(0).text).setValue("오늘 어떠셨나요?");
        in(a).test(viewA.save).click();

        await(b, () -> viewB.form.marked().contains("title"));
        assertThat(viewB.title.getValue()).isEqualTo("이준비가 고치는 설문");
        assertThat(kr.silheomjang.support.Typing.note(viewB.form, "title"))
                .contains("김기획님이 바꾼 값: 김기획이 저장한 설문");
        // The questions B did not touch follow silently.
        assertThat(viewB.editors.get(0).text.getValue()).isEqualTo("오늘 어떠셨나요?");

        in(b).test(viewB.save).click();
        assertThat(viewB.conflictBox.isVisible()).isTrue();
        assertThat(viewB.conflictBox.getElement().getTextRecursively()).contains("김기획님이").contains("내 값 유지");
        assertThat(signedIn.as(owner, () -> surveys.get(id, s.id())).title()).isEqualTo("김기획이 저장한 설문");

        kr.silheomjang.support.Typing.keepMine(b, viewB.form, "title");
        in(b).test(viewB.save).click();
        SurveyDetails stored = signedIn.as(owner, () -> surveys.get(id, s.id()));
        assertThat(stored.title()).isEqualTo("이준비가 고치는 설문");
        assertThat(stored.questions().get(0).text()).isEqualTo("오늘 어떠셨나요?");
    }

    @Test
    void aParticipantAnswersWithoutAnAccountAndThePlannersResultsFollowLive() {
        String owner = newAccount("소유자");
        long id = createAs(owner);
        SurveySummary s = participant(owner, id);
        BrowserlessUIContext planner = windowOf(owner);
        SurveyResultsView results = planner.navigate(SurveyResultsView.class, params(id, s.id()));
        assertThat(results.total.getText()).isEqualTo("응답 0건");

        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSurveyView form = phone.navigate(PublicSurveyView.class, Map.of("token", s.token()));
        assertThat(form.body.getElement().getTextRecursively()).contains("본 실험이 참여자분들에게 어떻게 느껴지셨나요?");

        // The required questions are marked next to them, and nothing is sent.
        in(phone).test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("필수 질문에 답해 주세요.");
        assertThat(((TextArea) (Object) form.form.field(0)).getErrorMessage()).isEqualTo("필수 질문입니다.");

        // Too long (beyond what the field lets a browser type): refused by the service in Korean.
        form.form.<String>field(0).setValue("가".repeat(2001));
        form.form.<String>field(1).setValue("네, 충분히");
        in(phone).test(form.submit).click();
        assertThat(form.error.getText()).isEqualTo("답변이 너무 깁니다. 글자 수를 줄여 주세요.");
        settle(planner);
        assertThat(results.total.getText()).isEqualTo("응답 0건");

        form.form.<String>field(0).setValue("생각보다 재미있었어요");
        in(phone).test(form.submit).click();
        assertThat(form.body.getElement().getTextRecursively()).contains("응답해 주셔서 감사합니다!");
        await(planner, () -> results.total.getText().equals("응답 1건")
                && results.questions.getElement().getTextRecursively().contains("생각보다 재미있었어요"));

        // A search result leads to this very answer: marked (and only it) on the results page.
        long answerId = results.results.questions().get(0).texts().get(0).answerId();
        planner.getUI().navigate("experiments/" + id + "/surveys/" + s.id() + "/results",
                com.vaadin.flow.router.QueryParameters.of("answer", String.valueOf(answerId)));
        SurveyResultsView led = (SurveyResultsView) planner.getUI().getCurrentView();
        assertThat(led.markedAnswer).isEqualTo(answerId);
        java.util.List<com.vaadin.flow.dom.Element> marked = new java.util.ArrayList<>();
        collectMarked(led.questions.getElement(), marked);
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).getAttribute("aria-current")).isEqualTo("true");
        assertThat(marked.get(0).getTextRecursively()).isEqualTo("검색한 답변생각보다 재미있었어요");
    }

    private static void collectMarked(com.vaadin.flow.dom.Element e, java.util.List<com.vaadin.flow.dom.Element> out) {
        if (e.getClassList().contains("marked")) {
            out.add(e);
        }
        e.getChildren().forEach(c -> collectMarked(c, out));
    }

    /** A value the database refuses (a check the service lacks) is said on the form in Korean; the answers stay. */
    @Test
    void anAnswerTheDatabaseRefusesIsExplainedOnThePublicFormNotAsAnUnexpectedError() {
        PublicSurveyService failing = org.mockito.Mockito.mock(PublicSurveyService.class);
        org.mockito.Mockito.when(failing.open("t")).thenReturn(new kr.silheomjang.survey.PublicSurvey("행사 설문",
                List.of(new kr.silheomjang.survey.SurveyQuestion(1L, QuestionType.LONG_TEXT, "어떠셨나요?", List.of(),
                        true))));
        org.mockito.Mockito.when(failing.submit(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any())).thenThrow(new org.springframework.dao
                        .DataIntegrityViolationException("too long",
                                new java.sql.SQLException("Value too long", "22001", 22001)));
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        in(phone);
        PublicSurveyView form = new PublicSurveyView(failing);
        phone.getUI().add(form);
        com.vaadin.flow.router.BeforeEnterEvent entering = org.mockito.Mockito.mock(
                com.vaadin.flow.router.BeforeEnterEvent.class);
        org.mockito.Mockito.when(entering.getRouteParameters())
                .thenReturn(new com.vaadin.flow.router.RouteParameters("token", "t"));
        form.beforeEnter(entering);
        form.form.<String>field(0).setValue("좋았어요");
        in(phone).test(form.submit).click();
        assertThat(form.error.isVisible()).isTrue();
        assertThat(form.error.getText()).startsWith("입력한 값이 너무 길거나 허용 범위를 벗어나 저장하지 못했습니다.");
        assertThat(form.form.<String>field(0).getValue()).isEqualTo("좋았어요");
        assertThat(form.submit.isEnabled()).isTrue();
    }

    @Test
    void wrongTokensAndClosedSurveysShowAPlainKoreanMessage() {
        BrowserlessUIContext phone = app.newUser(null).newWindow();
        PublicSurveyView form = phone.navigate(PublicSurveyView.class, Map.of("token", "nope"));
        assertThat(form.body.getElement().getTextRecursively())
                .contains("설문을 열 수 없습니다", "설문을 찾을 수 없습니다. 링크를 다시 확인해 주세요.");
        assertThat(form.form).isNull();
    }

    @Autowired
    List<kr.silheomjang.shared.PersonalDataHolder> personalData;

    /** Text the retention job erased reads as erased in the reader's language, not as the stored Korean marker. */
    @Test
    void erasedAnswersAndObservationsReadInTheUisLanguage() {
        String owner = newAccount("소유자");
        long id = createAs(owner);
        SurveySummary s = participant(owner, id);
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, s.id()));
        publicSurveys.submit(form.token(), Map.of(form.questions().get(0).id(), List.of("생각보다 재미있었어요"),
                form.questions().get(1).id(), List.of("네, 충분히")), "10.1.1.2", "erased-" + System.nanoTime());
        signedIn.run(owner, () -> observations.add(id, null, "홍길동 님이 빨대를 찾았다", null, null));
        personalData.stream().filter(h -> h.module().equals("survey")).forEach(h -> h.purge(id));

        BrowserlessUIContext window = windowOf(owner);
        window.getUI().setLocale(java.util.Locale.ENGLISH);
        SurveyResultsView results = window.navigate(SurveyResultsView.class, params(id, s.id()));
        assertThat(results.questions.getElement().getTextRecursively()).contains("(erased)")
                .doesNotContain(kr.silheomjang.shared.PersonalDataHolder.ERASED, "재미있었어요");
        ObservationsView log = window.navigate(ObservationsView.class, params(id));
        assertThat(log.log.getElement().getTextRecursively()).contains("(erased)")
                .doesNotContain(kr.silheomjang.shared.PersonalDataHolder.ERASED, "빨대");
    }

    @Test
    void observationsAreLoggedAgainstQuestionsAndTheOwnersVerdictReachesOthersLive() {
        String owner = newAccount("소유자");
        String planner = newAccount("박기획");
        long id = createAs(owner);
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext a = windowOf(owner);
        ObservationsView ownerView = a.navigate(ObservationsView.class, params(id));
        BrowserlessUIContext b = windowOf(planner);
        ObservationsView plannerView = b.navigate(ObservationsView.class, params(id));
        assertThat(plannerView.log.getElement().getTextRecursively()).contains("아직 관찰 기록이 없습니다.");

        in(b).test(plannerView.note).setValue("컵을 받은 손님 대부분이 빨대를 찾지 않았다");
        in(b).test(plannerView.record).click();
        assertThat(plannerView.log.getElement().getTextRecursively()).contains("컵을 받은 손님 대부분이",
                "플라스틱 빨대를 안쓰는 것만으로도 환경에 도움을 줄까?", "박기획");
        await(a, () -> ownerView.log.getElement().getTextRecursively().contains("컵을 받은 손님 대부분이"));
        assertThat(ownerView.verdicts.getElement().getTextRecursively()).contains("관찰 1건");

        // The planner cannot record verdicts; the owner can.
        assertThat(plannerView.verdicts.getElement().getTextRecursively()).contains("아직 판정하지 않았습니다.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerdictOutcome> outcome = (RadioButtonGroup<VerdictOutcome>) in(a)
                .find(RadioButtonGroup.class).from(ownerView.verdicts).single();
        outcome.setValue(VerdictOutcome.EFFECT_SEEN);
        in(a).find(TextArea.class).from(ownerView.verdicts).single().setValue("관찰 1건과 설문 응답");
        in(a).test(in(a).find(com.vaadin.flow.component.button.Button.class).from(ownerView.verdicts).single())
                .click();
        await(b, () -> plannerView.verdicts.getElement().getTextRecursively().contains("효과 있음")
                && plannerView.verdicts.getElement().getTextRecursively().contains("관찰 1건과 설문 응답"));
        assertThat(in(b).find(Select.class).from(plannerView.verdicts).all()).isEmpty();
        // The overview (experiment module) shows the verdicts read-only, through the shared OverviewSummary SPI.
        var overview = in(b).navigate(kr.silheomjang.experiment.ui.ExperimentOverviewView.class, params(id));
        assertThat(overview.getElement().getTextRecursively()).contains("판정", "효과 있음", "관찰 1건과 설문 응답");
        assertThat(ownerView.form.isVisible()).isTrue();
        assertThat(plannerView.form.isVisible()).isTrue();

        // A verdict saved meanwhile (another owner, another tab): saving over it is a conflict; the typed verdict stays
        // and the one saved first is shown beside it.
        long question = signedIn.as(owner, () -> observations.verdicts(id)).getFirst().questionId();
        long version = signedIn.as(owner, () -> observations.verdicts(id)).getFirst().version();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VerdictOutcome> mine = (RadioButtonGroup<VerdictOutcome>) in(a)
                .find(RadioButtonGroup.class).from(ownerView.verdicts).single();
        mine.setValue(VerdictOutcome.UNCLEAR);
        in(a).find(TextArea.class).from(ownerView.verdicts).single().setValue("다시 보니 애매하다");
        signedIn.run(owner, () -> observations.saveVerdict(id, question, version, VerdictOutcome.NOT_SEEN,
                "다른 탭에서 쓴 근거"));
        in(a).test(in(a).find(com.vaadin.flow.component.button.Button.class).from(ownerView.verdicts).single())
                .click();
        assertThat(ownerView.verdicts.getElement().getTextRecursively())
                .contains("먼저 저장된 판정: 효과 없음 · 근거: 다른 탭에서 쓴 근거");
        assertThat(in(a).find(TextArea.class).from(ownerView.verdicts).single().getValue())
                .isEqualTo("다시 보니 애매하다");
        assertThat(signedIn.as(owner, () -> observations.verdicts(id)).getFirst().outcome())
                .isEqualTo(VerdictOutcome.NOT_SEEN);
        // The live update of that save arrives too: the typing and the verdict saved first both stay.
        settle(a);
        assertThat(ownerView.verdicts.getElement().getTextRecursively()).contains("먼저 저장된 판정: 효과 없음");
        assertThat(in(a).find(TextArea.class).from(ownerView.verdicts).single().getValue())
                .isEqualTo("다시 보니 애매하다");
        // Having seen it, the owner saves theirs.
        in(a).test(in(a).find(com.vaadin.flow.component.button.Button.class).from(ownerView.verdicts).single())
                .click();
        assertThat(signedIn.as(owner, () -> observations.verdicts(id)).getFirst().outcome())
                .isEqualTo(VerdictOutcome.UNCLEAR);
    }
    String storedEvidence(String who, long id, long question) {
        return signedIn.as(who, () -> observations.verdicts(id)).stream().filter(v -> v.questionId() == question)
                .findFirst().orElseThrow().evidence();
    }

    /**
     * Two owners: B is typing the evidence of one verdict when A saves another one. B's card is not drawn again (a
     * new field would lose what B's browser has not sent yet, and B's place in it); the other card follows A. A
     * verdict A then saves over the one B is typing is shown beside it, and B's save over it is a conflict naming A.
     */
    @Test
    void whatAnOwnerTypesInAVerdictSurvivesAnotherOwnersSaveAndTheirSaveOverANewerOneIsAConflict() {
        String a = newAccount("김주인");
        String b = newAccount("이공동");
        kr.silheomjang.experiment.ExperimentDraft draft = Drafts.valid("두 질문 실험장");
        draft.setQuestions(List.of("빨대 없이도 불편하지 않을까?", "컵 보증금이 반납을 늘릴까?"));
        long id = signedIn.as(a, () -> experiments.create(draft));
        teams.join(a, id, b, MemberRole.PLANNER);
        long memberB = signedIn.as(a, () -> experiments.get(id)).members().stream()
                .filter(m -> m.displayName().equals("이공동")).findFirst().orElseThrow().memberId();
        teams.changeRole(a, id, memberB, MemberRole.OWNER);
        List<Long> questions = signedIn.as(a, () -> observations.verdicts(id)).stream()
                .map(kr.silheomjang.survey.VerdictView::questionId).toList();
        long first = questions.get(0);
        long second = questions.get(1);

        BrowserlessUIContext windowA = windowOf(a);
        ObservationsView viewA = windowA.navigate(ObservationsView.class, params(id));
        BrowserlessUIContext windowB = windowOf(b);
        ObservationsView viewB = windowB.navigate(ObservationsView.class, params(id));
        ObservationsView.VerdictCard cardB = viewB.cards.get(first);
        TextArea typing = cardB.evidence;
        kr.silheomjang.support.Typing.typeWithoutLeaving(windowB, typing, "B가 아직 쓰는 근거");
        cardB.outcome.setValue(VerdictOutcome.UNCLEAR);

        // A saves the other question's verdict from the page.
        ObservationsView.VerdictCard secondA = viewA.cards.get(second);
        in(windowA);
        secondA.outcome.setValue(VerdictOutcome.EFFECT_SEEN);
        windowA.test(secondA.evidence).setValue("A가 쓴 근거");
        windowA.test(secondA.save).click();
        await(windowB, () -> "A가 쓴 근거".equals(viewB.cards.get(second).evidence.getValue()));
        assertThat(viewB.cards.get(second).outcome.getValue()).isEqualTo(VerdictOutcome.EFFECT_SEEN);
        assertThat(viewB.cards.get(first).evidence).as("B's field is not drawn again").isSameAs(typing);
        assertThat(typing.isAttached()).isTrue();
        assertThat(typing.getValue()).isEqualTo("B가 아직 쓰는 근거");
        assertThat(cardB.outcome.getValue()).isEqualTo(VerdictOutcome.UNCLEAR);

        // A saves the verdict B is typing: shown beside B's text, which stays; B's save over it is a conflict.
        signedIn.run(a, () -> observations.saveVerdict(id, first, null, VerdictOutcome.NOT_SEEN, "A가 먼저 쓴 근거"));
        await(windowB, () -> cardB.theirs.isVisible());
        assertThat(cardB.theirs.getText()).contains("효과 없음", "A가 먼저 쓴 근거");
        assertThat(typing.getValue()).isEqualTo("B가 아직 쓰는 근거");
        in(windowB).test(cardB.save).click();
        assertThat(notificationTexts(windowB)).contains("김주인님이");
        assertThat(storedEvidence(a, id, first)).isEqualTo("A가 먼저 쓴 근거");
        assertThat(typing.getValue()).isEqualTo("B가 아직 쓰는 근거");
        // Told, B saves theirs knowingly.
        in(windowB).test(cardB.save).click();
        assertThat(storedEvidence(a, id, first)).isEqualTo("B가 아직 쓰는 근거");
    }

    static String notifications(BrowserlessUIContext window) {
        runQueuedAccess(window);
        return String.join("\n", window.find(com.vaadin.flow.component.notification.Notification.class).all()
                .stream().map(n -> n.getElement().getProperty("text")).toList());
    }

    @Test
    void aSurveyThatIsNotThereIsSaidToBeMissingToMembersAndNonMembersLearnNothing() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        String stranger = newAccount("남");
        long id = createAs(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        // A survey that exists, but in an experiment of someone else's: to this experiment's members it is not here.
        String other = newAccount("다른 소유자");
        long otherId = createAs(other);
        long elsewhere = signedIn.as(other, () -> surveys.create(otherId, "남의 설문"));

        for (String member : List.of(owner, guest)) {
            for (long missing : new long[] {999_999_999L, elsewhere}) {
                for (String page : List.of("results", "edit")) {
                    BrowserlessUIContext window = windowOf(member);
                    window.navigate("experiments/" + id + "/surveys/" + missing + "/" + page, SurveysView.class);
                    assertThat(window.getCurrentView()).as(page).isInstanceOf(SurveysView.class);
                    assertThat(notifications(window)).as(page)
                            .contains("없거나 삭제된 설문입니다.")
                            .doesNotContain("실험장");
                }
            }
        }

        // A non-member hears the same as ever, whether the experiment or the survey exists or not.
        for (String page : List.of("results", "edit")) {
            BrowserlessUIContext window = windowOf(stranger);
            window.navigate("experiments/" + id + "/surveys/999999999/" + page,
                    kr.silheomjang.experiment.ui.ExperimentListView.class);
            assertThat(window.getCurrentView()).isInstanceOf(kr.silheomjang.experiment.ui.ExperimentListView.class);
            assertThat(notifications(window)).contains("찾을 수 없거나 접근 권한이 없는 실험장입니다.")
                    .doesNotContain("설문");
        }
    }
}
