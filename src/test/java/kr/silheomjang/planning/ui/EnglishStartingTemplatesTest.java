package kr.silheomjang.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.StageCheckItem;
import kr.silheomjang.experiment.StageGuideService;
import kr.silheomjang.followup.RetroKind;
import kr.silheomjang.planning.Board;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardSummary;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.planning.PlanningTemplateService;
import kr.silheomjang.planning.TemplateView;
import kr.silheomjang.security.AdministratorService;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.survey.SurveySummary;

/**
 * Decision 0070: the starting texts of a new experiment (the board's cards with their descriptions and checklists,
 * the guide's two forms) and of an added template are in the language of the UI whose action creates them; Korean
 * from the Korean UI and where no UI is calling (jobs, the demo), exactly as before.
 */
class EnglishStartingTemplatesTest extends BrowserlessSupport {

    static final List<String> ENGLISH_PLANNING_ITEMS = List.of("Set the experiment's purpose", "Gather material",
            "Find partners", "Choose the participants", "Choose the date and venue", "Set the preparation schedule",
            "Publicity", "Recruit people", "Programme details", "Set the budget", "Records and filming",
            "Follow-up work", "Other preparations");

    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    PlanningTemplateService templateService;
    @Autowired
    SurveyService surveys;
    @Autowired
    StageGuideService guide;
    @Autowired
    AdministratorService administrators;
    @Autowired
    I18NProvider i18n;

    /**
     * Creates an experiment as the experiment form does, from a window of {@code locale} (the service is called in
     * that window's request, so it is the calling UI); returns its id.
     */
    long createIn(String me, Locale locale, String title) {
        BrowserlessUIContext window = windowOf(me);
        window.getUI().setLocale(locale);
        in(window);
        return signedIn.as(me, () -> experiments.create(Drafts.valid(title)));
    }

    List<CardSummary> firstColumn(String me, long id) {
        Board board = signedIn.as(me, () -> planning.board(id));
        return board.columns().get(0).cards();
    }

    CardDetails card(String me, long id, String title) {
        long cardId = firstColumn(me, id).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow()
                .id();
        return signedIn.as(me, () -> planning.card(id, cardId));
    }

    SurveyDetails form(String me, long id, SurveyAudience audience) {
        SurveySummary s = signedIn.as(me, () -> surveys.list(id)).stream().filter(x -> x.audience() == audience)
                .findFirst().orElseThrow();
        return signedIn.as(me, () -> surveys.get(id, s.id()));
    }

    static List<String> texts(SurveyDetails form) {
        return form.questions().stream().map(SurveyQuestion::text).toList();
    }

    @Test
    void anExperimentCreatedFromTheEnglishUiStartsWithEnglishCardsChecklistsAndForms() {
        String me = newAccount("Kim Planner");
        long id = createIn(me, Locale.ENGLISH, "Night school at the station");

        assertThat(firstColumn(me, id).stream().map(CardSummary::title).toList())
                .containsExactlyElementsOf(ENGLISH_PLANNING_ITEMS);
        CardDetails recruiting = card(me, id, "Recruit people");
        assertThat(recruiting.category()).isEqualTo("Recruit people");
        assertThat(recruiting.description())
                .startsWith("Recruit the participants, the proposer and the on-site staff.");
        assertThat(recruiting.checklist().stream().map(CardDetails.ChecklistLine::text).toList())
                .containsExactly("Experiment participants", "Proposer", "On-site staff");
        // The board's columns keep their stored Korean names, translated on display (unchanged mechanism).
        assertThat(signedIn.as(me, () -> planning.board(id)).columns().get(0).name()).isEqualTo("할 일");

        SurveyDetails participants = form(me, id, SurveyAudience.PARTICIPANT);
        assertThat(participants.title()).isEqualTo("Participant survey");
        assertThat(texts(participants)).containsExactly("How did this experiment feel to you?",
                "Do you think what this experiment tried could be put into practice?",
                "Is there anything else you would like to suggest or say?");
        SurveyDetails followUp = form(me, id, SurveyAudience.FOLLOW_UP);
        assertThat(followUp.title()).isEqualTo("Follow-up feedback (staff, presenters, film crew, partners)");
        assertThat(followUp.questions().get(0).options())
                .containsExactly("Staff", "Presenter", "Film crew", "Partner organisation");
        // The retrospective sorts answers by the words of its kinds: the English form's questions land by kind too.
        assertThat(followUp.questions().stream().map(q -> RetroKind.ofQuestion(q.text(), this::retroWords))
                .toList()).containsExactly(null, RetroKind.GOOD, RetroKind.REGRET, RetroKind.IMPROVE);
    }

    @Test
    void fromTheKoreanUiAndWithoutAnyUiTheStartingTextsAreKoreanAsBefore() {
        String me = newAccount("김기획");
        long id = createIn(me, Locale.KOREAN, "서울역 야학");
        UI.setCurrent(null);
        long byJob = signedIn.as(me, () -> experiments.create(Drafts.valid("작업이 만든 실험장")));

        for (long experiment : List.of(id, byJob)) {
            List<String> titles = firstColumn(me, experiment).stream().map(CardSummary::title).toList();
            assertThat(titles).hasSize(13).startsWith("실험장 목적 설정", "자료 수집").contains("섭외");
            assertThat(card(me, experiment, "섭외").checklist().stream().map(CardDetails.ChecklistLine::text)
                    .toList()).containsExactly("실험 참여자", "제안자", "현장진행 스탭");
            assertThat(form(me, experiment, SurveyAudience.PARTICIPANT).title()).isEqualTo("참여자 설문");
            assertThat(texts(form(me, experiment, SurveyAudience.FOLLOW_UP)))
                    .containsExactly("어떤 역할로 함께하셨나요?", "좋았던 점", "아쉬웠던 점", "추후 보완하고 싶은 점");
        }
    }

    @Test
    void thePreparationChecklistAddedFromTheEnglishUiIsEnglishAndTheStageGuideCountsTheEnglishCards() {
        String me = newAccount("Lee Planner");
        long id = createIn(me, Locale.ENGLISH, "Dolls on the priority seats");
        BrowserlessUIContext english = windowOf(me);
        english.getUI().setLocale(Locale.ENGLISH);
        in(english);
        List<Long> added = signedIn.as(me, () -> templateService.addTemplate(id, "PREPARATION", false));
        assertThat(added).hasSize(9);
        List<String> titles = firstColumn(me, id).stream().map(CardSummary::title).toList();
        assertThat(titles.subList(13, 22)).containsExactly("Speakers and moderators", "Participants", "Film crew",
                "System check", "Venue booking and layout", "Catering", "Screen materials", "Staff",
                "Check the cue sheet, floor plan and role chart");
        assertThat(card(me, id, "System check").checklist().stream().map(CardDetails.ChecklistLine::text).toList())
                .containsExactly("Sound", "Live streaming", "Platform");
        // The card's history names the template in the reader's language (its stored name is the Korean one).
        CardDetails.HistoryLine created = card(me, id, "Catering").history().get(0);
        assertThat(TemplateNames.shown(english.getUI(), created.detail()))
                .isEqualTo("Preparation checklist (guide chapter 4)");

        // The stage guide finds the English cards: the 13 planning items, the 9 preparation cards, and the system
        // check and cue sheet cards by their words.
        Map<String, StageCheckItem> items = checks(me, id);
        assertThat(items.get("planning.check.planningItems").check().detail())
                .isEqualTo("planning.check.detail.progress|0|0|13");
        assertThat(items.get("planning.check.preparation").check().detail())
                .isEqualTo("planning.check.detail.progress|0|0|9");
        assertThat(items).containsKeys("planning.check.systemCheck", "planning.check.cueSheet");
        Board board = signedIn.as(me, () -> planning.board(id));
        long last = board.columns().get(board.columns().size() - 1).id();
        for (CardSummary c : board.columns().get(0).cards().subList(0, 13)) {
            signedIn.run(me, () -> planning.move(id, c.id(), last, 0));
        }
        assertThat(checks(me, id).get("planning.check.planningItems").state()).isEqualTo(StageCheckItem.State.DONE);
    }

    @Test
    void theTemplateEditorOffersEachTemplatesItemsPerLanguageTheReadersFirst() {
        String admin = newAccount("Admin");
        long adminId = accounts.findByEmail(admin).orElseThrow().id();
        signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(adminId, true));
        try {
            long id = signedIn.as(admin, () -> experiments.create(Drafts.valid("템플릿 실험장")));
            List<TemplateView> stored = signedIn.as(admin, () -> templateService.templates(id));
            assertThat(stored.stream().map(t -> t.code() + "/" + t.language()).toList()).containsExactly(
                    "PLANNING_ITEMS/ko", "PREPARATION/ko", "PLANNING_ITEMS/en", "PREPARATION/en");

            BrowserlessUIContext english = windowOf(admin);
            english.getUI().setLocale(Locale.ENGLISH);
            BoardView view = english.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
            english.test(view.editTemplates).click();
            TemplateDialog dialog = opened(english, TemplateDialog.class);
            assertThat(dialog.template.getValue().language()).isEqualTo("en");
            assertThat(dialog.template.getItemLabelGenerator().apply(dialog.template.getValue()))
                    .isEqualTo("Planning items (guide chapter 3) — English");
            assertThat(dialog.forms.values().stream().map(f -> f.title.getValue()).toList())
                    .containsExactlyElementsOf(ENGLISH_PLANNING_ITEMS);
            TemplateView koreanPrep = stored.get(1);
            assertThat(dialog.template.getItemLabelGenerator().apply(koreanPrep))
                    .isEqualTo("Preparation checklist (guide chapter 4) — Korean");
            in(english);
            dialog.template.setValue(koreanPrep);
            assertThat(dialog.forms.values().iterator().next().title.getValue()).isEqualTo("섭외자 관리");

            BrowserlessUIContext korean = windowOf(admin);
            BoardView koreanView = korean.navigate(BoardView.class, Map.of("experimentId", String.valueOf(id)));
            korean.test(koreanView.editTemplates).click();
            TemplateDialog koreanDialog = opened(korean, TemplateDialog.class);
            assertThat(koreanDialog.template.getItemLabelGenerator().apply(koreanDialog.template.getValue()))
                    .isEqualTo("실험장 기획 항목 (가이드 3장) — 한국어");
            assertThat(koreanDialog.forms.values().iterator().next().title.getValue()).isEqualTo("실험장 목적 설정");
        } finally {
            signedIn.run("owner@demo.kr", () -> administrators.setAdministrator(adminId, false));
        }
    }

    private Map<String, StageCheckItem> checks(String me, long id) {
        return signedIn.as(me, () -> guide.checklist(id)).items().stream()
                .collect(Collectors.toMap(StageCheckItem::key, Function.identity()));
    }

    private List<String> retroWords(RetroKind kind) {
        List<String> words = new ArrayList<>();
        for (Locale l : i18n.getProvidedLocales()) {
            words.addAll(List.of(i18n.getTranslation("followup.retro.match." + kind.name(), l).split("\\|")));
        }
        return words;
    }
}
