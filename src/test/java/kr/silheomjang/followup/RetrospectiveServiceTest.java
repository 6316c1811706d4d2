package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.planning.PlanningTemplateService;
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyService;

@SpringBootTest
@ActiveProfiles("test")
class RetrospectiveServiceTest {

    /** The demo owner: the test database's first account, and so an organisation administrator. */
    static final String ADMIN_OWNER = "owner@demo.kr";

    @Autowired
    RetrospectiveService retro;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    PlanningTemplateService planning;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    kr.silheomjang.experiment.StageGuideService guide;

    String account(String name) {
        String email = "r" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long experimentOf(String owner) {
        return signedIn.as(owner, () -> experiments.create(Drafts.valid("회고 실험장")));
    }

    /** Answers a party's public form as a visitor: good, regret, improve (empty = not answered). */
    void answer(String owner, long id, long surveyId, String good, String regret, String improve) {
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, surveyId));
        Map<Long, List<String>> given = new java.util.HashMap<>();
        String[] texts = {good, regret, improve};
        for (int i = 0; i < 3; i++) {
            if (!texts[i].isEmpty()) {
                given.put(form.questions().get(i).id(), List.of(texts[i]));
            }
        }
        publicSurveys.submit(form.token(), given, "10.0.0." + System.nanoTime() % 200, "s-" + System.nanoTime());
    }

    @Test
    void eachPartyGetsOnePublicFormOfTheSurveyEngineAndTheBoardGroupsAnswersByPartyAndKind() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        long participants = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PARTICIPANT, null));
        assertThat(signedIn.as(owner, () -> retro.openLink(id, RetroParty.PARTICIPANT, Locale.ENGLISH)))
                .as("the one form, whoever asks again").isEqualTo(participants);
        long partners = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PARTNER, Locale.KOREAN));
        assertThat(partners).isNotEqualTo(participants);
        // The forms are the survey engine's: they show in the surveys tab as follow-up forms, with the three questions.
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, participants));
        assertThat(form.audience()).isEqualTo(SurveyAudience.FOLLOW_UP);
        assertThat(form.questions()).extracting(q -> q.text())
                .containsExactly("좋았던 점", "아쉬웠던 점", "추후 보완하고 싶은 점");

        answer(owner, id, participants, "역에서 배우니 좋았어요", "", "마이크가 필요해요");
        answer(owner, id, partners, "", "표지판이 늦었어요", "");
        RetroBoard board = signedIn.as(owner, () -> retro.board(id));
        assertThat(board.links()).extracting(RetroBoard.Link::party)
                .containsExactly(RetroParty.PARTICIPANT, RetroParty.PARTNER);
        assertThat(board.links().get(0).url()).contains("/s/" + form.token());
        assertThat(board.links().get(0).responses()).isEqualTo(1);
        assertThat(board.items(RetroParty.PARTICIPANT, RetroKind.GOOD)).extracting(RetroBoard.Item::text)
                .containsExactly("역에서 배우니 좋았어요");
        assertThat(board.items(RetroParty.PARTICIPANT, RetroKind.IMPROVE)).extracting(RetroBoard.Item::text)
                .containsExactly("마이크가 필요해요");
        assertThat(board.items(RetroParty.PARTICIPANT, RetroKind.REGRET)).isEmpty();
        assertThat(board.items(RetroParty.PARTNER, RetroKind.REGRET)).singleElement()
                .satisfies(i -> {
                    assertThat(i.text()).isEqualTo("표지판이 늦었어요");
                    assertThat(i.author()).isNull();
                    assertThat(i.byLink()).isTrue();
                });
    }

    /**
     * A party's link lets whoever holds it answer as that party, and answers by link are free text: a partner guest
     * gets their own party's link only, and the answers by link only when the owner shows them notes.
     */
    @Test
    void aPartnerGuestGetsOnlyThePartnersLinkAndNoAnswersByLinkUntilTheOwnerShowsNotes() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        String guest = teams.joinWithNewAccount(owner, id, "협력기관", MemberRole.PARTNER_GUEST);
        long participants = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PARTICIPANT, null));
        long proposer = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PROPOSER, null));
        long partners = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PARTNER, null));
        answer(owner, id, participants, "김민수 님 덕분에 좋았어요", "", "");
        signedIn.run(guest, () -> retro.addEntry(id, RetroParty.PARTNER, RetroKind.GOOD, "공간이 넉넉했어요"));

        RetroBoard seen = signedIn.as(guest, () -> retro.board(id));
        assertThat(seen.links()).extracting(RetroBoard.Link::party)
                .containsExactly(RetroParty.PARTICIPANT, RetroParty.PROPOSER, RetroParty.PARTNER);
        assertThat(seen.links()).filteredOn(l -> l.party() != RetroParty.PARTNER)
                .allSatisfy(l -> assertThat(l.url()).isNull());
        String partnersToken = signedIn.as(owner, () -> surveys.get(id, partners)).token();
        assertThat(seen.links().get(2).url()).contains("/s/" + partnersToken);
        assertThat(seen.links().get(0).responses()).isEqualTo(1);
        // The survey list agrees: the guest holds the partners' form's token only.
        assertThat(signedIn.as(guest, () -> surveys.list(id))).allSatisfy(s -> assertThat(s.token())
                .isEqualTo(s.id() == partners ? partnersToken : null));
        assertThat(signedIn.as(guest, () -> surveys.get(id, proposer)).token()).isNull();
        assertThat(seen.items()).extracting(RetroBoard.Item::text).containsExactly("공간이 넉넉했어요");
        assertThat(seen.linkAnswersShown()).isFalse();
        assertThat(signedIn.as(owner, () -> retro.board(id)).items()).hasSize(2);

        signedIn.run(owner, () -> experiments.setGuestScope(id, experiments.get(id).version(),
                new kr.silheomjang.experiment.GuestScope(false, false, true)));
        RetroBoard shown = signedIn.as(guest, () -> retro.board(id));
        assertThat(shown.items()).extracting(RetroBoard.Item::text)
                .containsExactly("김민수 님 덕분에 좋았어요", "공간이 넉넉했어요");
        assertThat(shown.linkAnswersShown()).isTrue();
        assertThat(shown.links()).filteredOn(l -> l.party() != RetroParty.PARTNER)
                .allSatisfy(l -> assertThat(l.url()).isNull());
    }

    @Test
    void aFormOpenedFromTheEnglishUiIsEnglishAndItsAnswersLandByKindAllTheSame() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        long staff = signedIn.as(owner, () -> retro.openLink(id, RetroParty.STAFF, Locale.ENGLISH));
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, staff));
        assertThat(form.title()).isEqualTo("Experiment retrospective — Staff");
        assertThat(form.questions()).extracting(q -> q.text())
                .containsExactly("What went well", "What was disappointing", "What to improve next time");

        answer(owner, id, staff, "Short queues", "Late signs", "Send the list earlier");
        RetroBoard board = signedIn.as(owner, () -> retro.board(id));
        assertThat(board.items(RetroParty.STAFF, RetroKind.GOOD)).extracting(RetroBoard.Item::text)
                .containsExactly("Short queues");
        assertThat(board.items(RetroParty.STAFF, RetroKind.REGRET)).extracting(RetroBoard.Item::text)
                .containsExactly("Late signs");
        assertThat(board.items(RetroParty.STAFF, RetroKind.IMPROVE)).extracting(RetroBoard.Item::text)
                .containsExactly("Send the list earlier");
    }

    @Test
    void membersWritInTheAppGuestsIncludedAndBadInputSavesNothing() {
        String owner = account("소유자");
        String guest = account("협력기관 담당");
        String outsider = account("외부인");
        long id = experimentOf(owner);
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        signedIn.run(guest, () -> retro.addEntry(id, RetroParty.PARTNER, RetroKind.GOOD, "  함께해서 좋았습니다 "));
        assertThat(signedIn.as(owner, () -> retro.board(id)).items(RetroParty.PARTNER, RetroKind.GOOD))
                .singleElement().satisfies(i -> {
                    assertThat(i.text()).isEqualTo("함께해서 좋았습니다");
                    assertThat(i.author()).isEqualTo("협력기관 담당");
                });
        assertThatThrownBy(() -> signedIn.run(owner, () -> retro.addEntry(id, null, null, "\u200B ")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "followup.error.party.required", "followup.error.kind.required",
                        "followup.error.text.required"));
        assertThatThrownBy(() -> signedIn.run(owner,
                () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.GOOD, "가".repeat(2001))))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> signedIn.run(outsider, () -> retro.board(id)))
                .isInstanceOf(AccessDeniedException.class);
        // Only the team makes links: a guest may not.
        assertThatThrownBy(() -> signedIn.run(guest, () -> retro.openLink(id, RetroParty.PARTNER, Locale.KOREAN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(owner, () -> retro.board(id)).items()).hasSize(1);
    }

    @Test
    void plannersMakeNextTimeActionsAndAnOwnerAcceptsTheTemplateProposal() {
        String planner = account("기획자");
        long id = experimentOf(ADMIN_OWNER);
        teams.join(ADMIN_OWNER, id, planner, MemberRole.PLANNER);
        signedIn.run(planner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "명단은 3일 전까지 전달"));
        RetroBoard.Item item = signedIn.as(planner, () -> retro.board(id)).items().get(0);
        long actionId = signedIn.as(planner, () -> retro.makeAction(id, item.ref(), "촬영 불가 명단 3일 전 전달"));
        assertThatThrownBy(() -> signedIn.run(planner, () -> retro.makeAction(id, item.ref(), "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("followup.error.action.exists"));
        assertThatThrownBy(() -> signedIn.run(planner, () -> retro.makeAction(id, "a:999999999", "")))
                .isInstanceOf(UserFacingException.class);

        TemplateView template = signedIn.as(planner, () -> retro.templates(id)).get(0);
        TemplateView.Item target = template.items().get(template.items().size() - 1);
        RetroBoard.Action action = signedIn.as(planner, () -> retro.board(id)).actions().get(0);
        signedIn.run(planner, () -> retro.propose(id, actionId, action.version(), target.id()));
        RetroBoard.Action proposed = signedIn.as(planner, () -> retro.board(id)).actions().get(0);
        assertThat(proposed.proposal()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(proposed.templateItemTitle()).isEqualTo(target.title());
        // The planner proposes; only an owner decides.
        assertThatThrownBy(() -> signedIn.run(planner, () -> retro.decide(id, actionId, proposed.version(), true)))
                .isInstanceOf(AccessDeniedException.class);
        try {
            signedIn.run(ADMIN_OWNER, () -> retro.decide(id, actionId, proposed.version(), true));
            TemplateView.Item after = signedIn.as(ADMIN_OWNER, () -> retro.templates(id)).get(0).items().stream()
                    .filter(i -> i.id() == target.id()).findFirst().orElseThrow();
            assertThat(after.checklist()).endsWith("촬영 불가 명단 3일 전 전달");
            assertThat(signedIn.as(planner, () -> retro.board(id)).actions().get(0).proposal())
                    .isEqualTo(ProposalStatus.ACCEPTED);
        } finally {
            TemplateView.Item now = signedIn.as(ADMIN_OWNER, () -> retro.templates(id)).get(0).items().stream()
                    .filter(i -> i.id() == target.id()).findFirst().orElseThrow();
            signedIn.run(ADMIN_OWNER, () -> planning.updateTemplateItem(id, now.id(), now.version(), target.title(),
                    target.description(), target.checklist()));
        }
    }

    @Test
    void anActionFitsOneChecklistLineSoAnAcceptedOneNeverBreaksTheNextExperiment() {
        long id = experimentOf(ADMIN_OWNER);
        signedIn.run(ADMIN_OWNER, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.IMPROVE, "가".repeat(2000)));
        String ref = signedIn.as(ADMIN_OWNER, () -> retro.board(id)).items().get(0).ref();
        // The item as it is, or reworded past 300 characters, is too long for a template's checklist line.
        for (String text : java.util.Arrays.asList(null, "나".repeat(301))) {
            assertThatThrownBy(() -> signedIn.run(ADMIN_OWNER, () -> retro.makeAction(id, ref, text)))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                            .containsExactly("followup.error.action.tooLong"));
        }
        assertThat(RetrospectiveService.MAX_ACTION).isEqualTo(300);
        long actionId = signedIn.as(ADMIN_OWNER, () -> retro.makeAction(id, ref, "다".repeat(300)));
        TemplateView.Item target = signedIn.as(ADMIN_OWNER, () -> retro.templates(id)).get(0).items().get(0);
        signedIn.run(ADMIN_OWNER, () -> retro.propose(id, actionId, 0, target.id()));
        try {
            signedIn.run(ADMIN_OWNER, () -> retro.decide(id, actionId, 1, true));
            // Every later experiment's board gets the line as one checklist item: creating one still works.
            long next = experimentOf(ADMIN_OWNER);
            assertThat(signedIn.as(ADMIN_OWNER, () -> experiments.get(next)).title()).isEqualTo("회고 실험장");
        } finally {
            TemplateView.Item now = signedIn.as(ADMIN_OWNER, () -> retro.templates(id)).get(0).items().stream()
                    .filter(i -> i.id() == target.id()).findFirst().orElseThrow();
            signedIn.run(ADMIN_OWNER, () -> planning.updateTemplateItem(id, now.id(), now.version(), target.title(),
                    target.description(), target.checklist()));
        }
    }

    @Test
    void aStaleActionVersionIsAConflictAndNothingChanges() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        signedIn.run(owner, () -> retro.addEntry(id, RetroParty.STAFF, RetroKind.REGRET, "대기 줄이 길었다"));
        String ref = signedIn.as(owner, () -> retro.board(id)).items().get(0).ref();
        long actionId = signedIn.as(owner, () -> retro.makeAction(id, ref, null));
        long itemId = signedIn.as(owner, () -> retro.templates(id)).get(0).items().get(0).id();
        signedIn.run(owner, () -> retro.propose(id, actionId, 0, itemId));
        assertThatThrownBy(() -> signedIn.run(owner, () -> retro.removeAction(id, actionId, 0)))
                .isInstanceOf(kr.silheomjang.shared.ConflictException.class);
        assertThat(signedIn.as(owner, () -> retro.board(id)).actions()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("대기 줄이 길었다"));
    }

    @Test
    void theStageGuideShowsTheRetrospectiveCollectedOnceAnAnswerArrivesByLink() {
        String owner = account("소유자");
        long id = experimentOf(owner);
        java.util.function.Function<String, kr.silheomjang.experiment.StageCheckItem> item = key -> signedIn
                .as(owner, () -> guide.checklist(id)).of(kr.silheomjang.experiment.Stage.FOLLOW_UP).stream()
                .filter(i -> i.check().key().equals(key)).findFirst().orElseThrow();
        assertThat(item.apply("followup.check.retro").state())
                .isEqualTo(kr.silheomjang.experiment.StageCheckItem.State.OPEN);
        assertThat(item.apply("followup.check.thanks").state())
                .isEqualTo(kr.silheomjang.experiment.StageCheckItem.State.OPEN);
        long form = signedIn.as(owner, () -> retro.openLink(id, RetroParty.PROPOSER, Locale.KOREAN));
        answer(owner, id, form, "제안이 실현되어 기뻤어요", "", "");
        assertThat(item.apply("followup.check.retro").state())
                .isEqualTo(kr.silheomjang.experiment.StageCheckItem.State.DONE);
        assertThat(item.apply("followup.check.retro").check().href()).isEqualTo("experiments/" + id + "/followup");
    }

    @Test
    void theDemoExperimentHasAnswersByLinkTeamNotesAndAProposedAction() {
        long demo = signedIn.as(ADMIN_OWNER, () -> experiments.listMine(false, 0, 50)).stream()
                .filter(e -> e.title().equals("서울역에 일일야학이 열렸다?!")).findFirst().orElseThrow().id();
        RetroBoard board = signedIn.as(ADMIN_OWNER, () -> retro.board(demo));
        assertThat(board.links()).extracting(RetroBoard.Link::party).contains(RetroParty.PARTICIPANT,
                RetroParty.PARTNER);
        assertThat(board.items().stream().filter(RetroBoard.Item::byLink)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(board.items(RetroParty.STAFF, RetroKind.IMPROVE)).isNotEmpty();
        assertThat(board.actions()).extracting(RetroBoard.Action::proposal).contains(ProposalStatus.PROPOSED);
    }
}
