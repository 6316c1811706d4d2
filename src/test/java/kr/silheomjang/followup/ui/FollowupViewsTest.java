package kr.silheomjang.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.RetroBoard;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.followup.RetroParty;
import kr.silheomjang.followup.RetrospectiveService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;

class FollowupViewsTest extends BrowserlessSupport {

    @Autowired
    ExperimentService experiments;
    @Autowired
    RetrospectiveService retro;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    kr.silheomjang.followup.MailingService mailings;
    @Autowired
    kr.silheomjang.people.ParticipantService participants;
    @Autowired
    kr.silheomjang.mail.OptOutService optOuts;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Map<String, String> params(long id) {
        return Map.of("experimentId", String.valueOf(id));
    }

    static java.util.stream.Stream<Button> findAll(com.vaadin.flow.component.Component c, String cssClass) {
        java.util.stream.Stream<Button> self = c instanceof Button b && b.hasClassName(cssClass)
                ? java.util.stream.Stream.of(b) : java.util.stream.Stream.empty();
        return java.util.stream.Stream.concat(self, c.getChildren().flatMap(x -> findAll(x, cssClass)));
    }

    @Test
    void aPlannerMakesALinkSeesAnAnswerByLinkArriveLiveAndTurnsItIntoAnAction() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("후속 화면 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        BrowserlessUIContext window = windowOf(planner);
        FollowupView view = window.navigate(FollowupView.class, params(id));
        assertThat(view.tabsText()).contains("후속 작업");
        assertThat(view.boardText()).contains("아직 모인 피드백이 없습니다");

        Button make = findAll(view.links, "retro-make-link").findFirst().orElseThrow();
        window.test(make).click();
        RetroBoard board = signedIn.as(planner, () -> retro.board(id));
        assertThat(board.links()).extracting(RetroBoard.Link::party).containsExactly(RetroParty.PARTICIPANT);
        assertThat(view.links.getElement().getTextRecursively()).contains("응답 0건");

        // A participant answers the public link; the open board shows it without a reload.
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, board.links().get(0).surveyId()));
        publicSurveys.submit(form.token(), Map.of(form.questions().get(1).id(), List.of("소리가 잘 안 들렸어요")),
                "10.1.1.1", "view-" + System.nanoTime());
        await(window, () -> view.boardText().contains("소리가 잘 안 들렸어요"));
        assertThat(view.boardText()).contains("참여자", "아쉬웠던 점");
        assertThat(view.links.getElement().getTextRecursively()).contains("응답 1건");

        window.test(findAll(view.board, "retro-to-action").findFirst().orElseThrow()).click();
        ActionTextDialog confirm = opened(window, ActionTextDialog.class);
        assertThat(confirm.text.getValue()).isEqualTo("소리가 잘 안 들렸어요");
        window.test(confirm.confirm).click();
        assertThat(confirm.isOpened()).isFalse();
        assertThat(view.actions.getElement().getTextRecursively()).contains("소리가 잘 안 들렸어요");
        assertThat(view.boardText()).contains("할 일로 만듦");
        // Removing the action asks first; the safe answer keeps it.
        window.test(findAll(view.actions, "retro-remove").findFirst().orElseThrow()).click();
        answerQuestion(window, "retro-remove-keep", false);
        assertThat(signedIn.as(planner, () -> retro.board(id)).actions()).hasSize(1);
        window.test(findAll(view.actions, "retro-remove").findFirst().orElseThrow()).click();
        answerQuestion(window, "retro-remove-keep", true);
        assertThat(signedIn.as(planner, () -> retro.board(id)).actions()).isEmpty();

        // A team member writes in the app.
        window.test(view.party).selectItem("스탭");
        window.test(view.kind).selectItem("좋았던 점");
        window.test(view.text).setValue("접수가 빨랐다");
        window.test(view.add).click();
        assertThat(view.boardText()).contains("접수가 빨랐다", "기획자");
        assertThat(view.text.getValue()).isEmpty();
        assertThat(view.close.isVisible()).as("only the owner closes").isFalse();
        BrowserlessUIContext ownerWindow = windowOf(owner);
        FollowupView ownerView = ownerWindow.navigate(FollowupView.class, params(id));
        // Closing cannot be undone: a question first, whose safe answer closes nothing.
        ownerWindow.test(ownerView.close).click();
        var question = opened(ownerWindow, com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        ownerWindow.test(ownerWindow.find(com.vaadin.flow.component.button.Button.class).withId("close-keep").single())
                .click();
        assertThat(question.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> experiments.closing(id))).isNull();
        ownerWindow.test(ownerView.close).click();
        question = opened(ownerWindow, com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(question,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(question, true));
        assertThat(ownerView.closing.getElement().getAttribute("data-closed")).isEqualTo("true");
        assertThat(ownerView.closingState.getText()).contains("소유자 님이", "마감한 실험장");
        // The planner's open page follows; a write from it is explained in Korean and nothing is added.
        await(window, () -> "true".equals(view.closing.getElement().getAttribute("data-closed")));
        in(window).test(view.text).setValue("마감 뒤에 쓴 글");
        window.test(view.add).click();
        assertThat(signedIn.as(planner, () -> retro.board(id)).items()).noneMatch(i -> i.text().equals("마감 뒤에 쓴 글"));
    }

    /** A feedback item longer than an action may be: the dialog offers it cut to the limit, to shorten or confirm. */
    @Test
    void aLongFeedbackItemBecomesAnActionThroughADialogThatCutsItToTheLimit() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("긴 피드백 실험장")));
        String longText = "접수 대기 줄이 길어 " + "아".repeat(1980);
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, longText));
        BrowserlessUIContext window = windowOf(owner);
        FollowupView view = window.navigate(FollowupView.class, params(id));

        window.test(findAll(view.board, "retro-to-action").findFirst().orElseThrow()).click();
        ActionTextDialog dialog = opened(window, ActionTextDialog.class);
        assertThat(dialog.getId()).contains("retro-action-dialog");
        assertThat(dialog.text.getId()).contains("retro-action-text");
        assertThat(dialog.text.getMaxLength()).isEqualTo(RetrospectiveService.MAX_ACTION);
        assertThat(dialog.text.getValue()).hasSize(RetrospectiveService.MAX_ACTION).startsWith("접수 대기 줄이 길어")
                .endsWith("\u2026");
        // Closing makes nothing.
        window.test(dialog.cancel).click();
        assertThat(signedIn.as(owner, () -> retro.board(id)).actions()).isEmpty();

        window.test(findAll(view.board, "retro-to-action").findFirst().orElseThrow()).click();
        ActionTextDialog again = window.find(ActionTextDialog.class).all().stream().filter(ActionTextDialog::isOpened)
                .findFirst().orElseThrow();
        window.test(again.text).setValue("접수 대기 줄 줄이기: 사전 명단 확인");
        window.test(again.confirm).click();
        assertThat(again.isOpened()).isFalse();
        assertThat(signedIn.as(owner, () -> retro.board(id)).actions()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("접수 대기 줄 줄이기: 사전 명단 확인"));
        assertThat(view.boardText()).contains("할 일로 만듦");
    }

    /**
     * A template picked for an action but not yet proposed stays picked through the live updates that draw the
     * actions again (a co-planner writing feedback); proposing then proposes it.
     */
    /**
     * Decision 0070: the templates have items in Korean and English; an action is proposed to an item in the reader's
     * language (the one their team's boards are seeded in), not to a list holding both.
     */
    @Test
    void theTemplatePickerOffersTheItemsInTheReadersLanguage() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("언어별 템플릿 실험장")));
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "명단은 3일 전까지"));
        String ref = signedIn.as(owner, () -> retro.board(id)).items().get(0).ref();
        long action = signedIn.as(owner, () -> retro.makeAction(id, ref, "명단 3일 전 전달"));

        BrowserlessUIContext english = windowOf(owner);
        english.getUI().setLocale(java.util.Locale.ENGLISH);
        FollowupView englishView = english.navigate(FollowupView.class, params(id));
        java.util.List<String> offered = englishView.pickers.get(action).getListDataView().getItems()
                .map(kr.silheomjang.planning.TemplateView.Item::title).toList();
        assertThat(offered).hasSize(22).startsWith("Set the experiment's purpose").contains("Catering")
                .doesNotContain("케이터링");

        BrowserlessUIContext korean = windowOf(owner);
        FollowupView koreanView = korean.navigate(FollowupView.class, params(id));
        assertThat(koreanView.pickers.get(action).getListDataView().getItems()
                .map(kr.silheomjang.planning.TemplateView.Item::title).toList())
                .hasSize(22).startsWith("실험장 목적 설정").contains("케이터링").doesNotContain("Catering");
    }

    @Test
    void aTemplatePickedButNotYetProposedSurvivesLiveUpdates() {
        String owner = newAccount("소유자");
        String planner = newAccount("기획자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("템플릿 고르는 실험장")));
        teams.join(owner, id, planner, MemberRole.PLANNER);
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "명단은 3일 전까지"));
        String ref = signedIn.as(owner, () -> retro.board(id)).items().get(0).ref();
        long action = signedIn.as(owner, () -> retro.makeAction(id, ref, "명단 3일 전 전달"));
        kr.silheomjang.planning.TemplateView.Item target = signedIn.as(planner, () -> retro.templates(id)).get(0)
                .items().get(0);

        BrowserlessUIContext window = windowOf(planner);
        FollowupView view = window.navigate(FollowupView.class, params(id));
        var picker = view.pickers.get(action);
        window.test(picker).selectItem(target.title());
        assertThat(picker.getValue().title()).isEqualTo(target.title());

        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "접수가 빨랐다"));
        await(window, () -> view.boardText().contains("접수가 빨랐다"));
        assertThat(view.pickers.get(action)).as("the same picker, still shown").isSameAs(picker);
        assertThat(picker.isAttached()).isTrue();
        assertThat(picker.getValue()).as("the template picked before the update").isNotNull();
        assertThat(picker.getValue().title()).isEqualTo(target.title());

        window.test(findAll(view.actions, "retro-propose").findFirst().orElseThrow()).click();
        RetroBoard.Action proposed = signedIn.as(planner, () -> retro.board(id)).actions().get(0);
        assertThat(proposed.proposal()).isEqualTo(kr.silheomjang.followup.ProposalStatus.PROPOSED);
        assertThat(proposed.templateItemTitle()).isEqualTo(target.title());
    }

    @Autowired
    List<kr.silheomjang.shared.PersonalDataHolder> personalData;

    /** Retrospective texts the retention job erased read as erased in the reader's language. */
    @Test
    void erasedRetrospectiveTextsReadInTheUisLanguage() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("지운 회고 실험장")));
        long entry = signedIn.as(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "홍길동 님이 도왔다"));
        String ref = signedIn.as(owner, () -> retro.board(id)).items().get(0).ref();
        signedIn.run(owner, () -> retro.makeAction(id, ref, "홍길동 님께 감사 인사"));
        personalData.stream().filter(h -> h.module().equals("followup")).forEach(h -> h.purge(id));

        BrowserlessUIContext window = windowOf(owner);
        window.getUI().setLocale(java.util.Locale.ENGLISH);
        FollowupView view = window.navigate(FollowupView.class, params(id));
        assertThat(view.boardText()).as("entry " + entry).contains("(erased)")
                .doesNotContain(kr.silheomjang.shared.PersonalDataHolder.ERASED, "홍길동");
        assertThat(view.actions.getElement().getTextRecursively()).contains("(erased)")
                .doesNotContain(kr.silheomjang.shared.PersonalDataHolder.ERASED, "홍길동");
    }

    @Test
    void emptyInputIsExplainedInKoreanAndAPartnerGuestCannotMakeLinksOrActions() {
        String owner = newAccount("소유자");
        String guest = newAccount("협력기관");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("후속 화면 실험장")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.REGRET, "안내가 부족했다"));
        BrowserlessUIContext window = windowOf(guest);
        FollowupView view = window.navigate(FollowupView.class, params(id));
        assertThat(view.boardText()).contains("안내가 부족했다");
        assertThat(findAll(view.links, "retro-make-link")).isEmpty();
        assertThat(view.close.isVisible()).as("only the owner closes").isFalse();
        assertThat(findAll(view.board, "retro-to-action")).isEmpty();
        window.test(view.add).click();
        assertThat(signedIn.as(owner, () -> retro.board(id)).items()).hasSize(1);
    }

    @Test
    void withoutSmtpTheMailPageSaysSoPreviewsPerRecipientAndKeepsBadTextUnsaved() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("발송 화면 실험장")));
        signedIn.run(owner, () -> participants.create(id, kr.silheomjang.people.ParticipantDraft.named("김참석")
                .toBuilder().email("kim@example.kr").group(kr.silheomjang.people.ParticipantGroup.PARTICIPANT)
                .status(kr.silheomjang.people.AttendanceStatus.ATTENDED).build()));
        BrowserlessUIContext window = windowOf(owner);
        MailingView view = window.navigate(MailingView.class, params(id));
        assertThat(view.notConfigured.isVisible()).isTrue();
        assertThat(view.editor.isVisible()).isFalse();
        assertThat(view.tabsText()).contains("후속 작업");

        window.test(view.create).click();
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.recipientSummary.getElement().getAttribute("data-count")).isEqualTo("1");
        assertThat(view.preview.getElement().getTextRecursively()).contains("김참석님, 안녕하세요.",
                "발송 화면 실험장");
        assertThat(view.send.isEnabled()).isFalse();
        assertThat(view.csv.getHref()).isNotEmpty();

        window.test(view.body).setValue("{이룸}님 고맙습니다");
        window.test(view.save).click();
        long mailingId = signedIn.as(owner, () -> mailings.list(id)).get(0).id();
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).body()).startsWith("{이름}님");
        assertThat(view.body.getValue()).as("the user's text stays").isEqualTo("{이룸}님 고맙습니다");

        window.test(view.body).setValue("{이름}님, 와 주셔서 고맙습니다");
        window.test(view.save).click();
        assertThat(view.preview.getElement().getTextRecursively()).contains("김참석님, 와 주셔서 고맙습니다");

        // What goes out is what is stored: unsaved text is to be saved first, and nothing is recorded meanwhile.
        window.test(view.body).setValue("{이름}님, 다음에 또 만나요");
        window.test(view.sentByHand).click();
        assertThat(notificationTexts(window)).contains("저장한 뒤 보내");
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sentAt()).isNull();
        window.test(view.save).click();
        window.test(view.sentByHand).click();
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sentAt()).isNotNull();
    }

    /** The open mailing page counts again when a recipient's address opts out of mail, and when it opts back in. */
    @Test
    void theMailPagesRecipientCountFollowsAnAddressOptingOutAndBackIn() {
        String owner = newAccount("소유자");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("수신 거부 실험장")));
        String address = "optout" + System.nanoTime() + "@example.kr";
        signedIn.run(owner, () -> participants.create(id, kr.silheomjang.people.ParticipantDraft.named("김참석")
                .toBuilder().email(address).group(kr.silheomjang.people.ParticipantGroup.PARTICIPANT)
                .status(kr.silheomjang.people.AttendanceStatus.ATTENDED).build()));
        BrowserlessUIContext window = windowOf(owner);
        MailingView view = window.navigate(MailingView.class, params(id));
        window.test(view.create).click();
        assertThat(view.recipientSummary.getElement().getAttribute("data-count")).isEqualTo("1");

        String token = kr.silheomjang.mail.internal.Tokens.newToken();
        jdbc.update("insert into mail_opt_out_token (token_hash, email, created_at) values (?, ?, current_timestamp)",
                kr.silheomjang.mail.internal.Tokens.hash(token), address);
        optOuts.optOut(token);
        await(window, () -> "0".equals(view.recipientSummary.getElement().getAttribute("data-count")));
        assertThat(view.recipientSummary.getText()).contains("수신 거부 1명");
        optOuts.optBackIn(token);
        await(window, () -> "1".equals(view.recipientSummary.getElement().getAttribute("data-count")));
    }
}
