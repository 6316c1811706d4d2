package kr.silheomjang.topic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.ui.ExperimentListView;
import kr.silheomjang.support.BrowserlessSupport;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.CandidateStatus;
import kr.silheomjang.topic.ScreeningQuestion;
import kr.silheomjang.topic.SelectionDecision;
import kr.silheomjang.topic.TopicService;

class TopicViewsTest extends BrowserlessSupport {

    @Autowired
    TopicService topics;
    @Autowired
    kr.silheomjang.topic.SelectionService selection;
    @Autowired
    kr.silheomjang.topic.ScreeningService screening;
    @Autowired
    ExperimentService experiments;
    @Autowired
    kr.silheomjang.people.ProposerConsentService proposers;
    @Autowired
    kr.silheomjang.schedule.ScheduleService schedule;
    @Autowired
    kr.silheomjang.topic.OutreachService outreach;

    /** A candidate with a known proposer, selected and made into an experiment by {@code as}: both ids. */
    long[] linkedCandidate(String as, String title) {
        long id = signedIn.as(as, () -> topics.create(new CandidateDraft(title, "지하철 빈 공간에 야학을",
                "민주주의 서울", null, null, true, "최시민", "citizen@example.kr", null, null, List.of())));
        long v = signedIn.as(as, () -> topics.get(id)).version();
        signedIn.run(as, () -> selection.decide(id, v, SelectionDecision.SELECTED, "효과 확인 가능"));
        long v2 = signedIn.as(as, () -> topics.get(id)).version();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        long experiment = signedIn.as(as, () -> selection.createExperiment(id, v2, today, today.plusMonths(3),
                today.plusMonths(4)));
        return new long[] {id, experiment};
    }

    long candidate(String as, String title) {
        return signedIn.as(as, () -> topics.create(new CandidateDraft(title, "지하철 빈 공간에 야학을", "민주주의 서울",
                "https://democracy.seoul.go.kr/", LocalDate.of(2025, 12, 4), false, null, null, null, null,
                List.of("교육"))));
    }

    /**
     * QA (English UI, 390 px phone): "Add candidate" ran off the screen's edge and "Newest proposals first" and the
     * search placeholder were cut: the actions wrap and the two fields are sized for the longer English words.
     */
    @Test
    void thePoolsActionsWrapAndItsFieldsFitTheLongerEnglishWords() {
        BrowserlessUIContext window = windowOf(newAccount("김기획"));
        window.getUI().setLocale(java.util.Locale.ENGLISH);
        TopicPoolView view = window.navigate(TopicPoolView.class);
        assertThat(view.create.getText()).isEqualTo("Add candidate");
        assertThat(view.create.getParent().orElseThrow())
                .isInstanceOfSatisfying(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                        actions -> assertThat(actions.isWrap()).isTrue());
        assertThat(view.sort.getWidth()).isEqualTo("15em");
        assertThat(view.search.getWidth()).isEqualTo("20em");
        assertThat(view.search.getMaxWidth()).isEqualTo("100%");
    }

    @Test
    void thePoolShowsCountsFiltersAndFollowsACoPlannersNewCandidateLive() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        String unique = "야학" + System.nanoTime();
        long first = candidate(a, unique + " 하나");
        BrowserlessUIContext window = windowOf(a);
        TopicPoolView view = window.navigate(TopicPoolView.class);
        assertThat(view.counts.getElement().getTextRecursively()).contains("후보", "검토 중", "다른 방식 권고");
        String candidatesBefore = view.countButtons.get(CandidateStatus.CANDIDATE).getText();
        in(window).test(view.search).setValue(unique);
        assertThat(view.grid.getGenericDataView().getItems().map(r -> r.title()).toList())
                .containsExactly(unique + " 하나");

        // A co-planner adds one: the grid and the counts follow without reload.
        candidate(b, unique + " 둘");
        await(window, () -> !view.countButtons.get(CandidateStatus.CANDIDATE).getText().equals(candidatesBefore));
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(2);

        in(window).test(view.statuses).selectItem("검토 중");
        assertThat(view.grid.getGenericDataView().getItems().count()).isZero();
        long v = signedIn.as(a, () -> topics.get(first)).version();
        String reviewingBefore = view.countButtons.get(CandidateStatus.REVIEWING).getText();
        signedIn.run(b, () -> topics.moveStatus(first, v, CandidateStatus.REVIEWING));
        await(window, () -> !view.countButtons.get(CandidateStatus.REVIEWING).getText().equals(reviewingBefore));
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(1);
        assertThat(window.find(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel)
                .contains("제안함");
    }

    /**
     * Keyboard and screen reader users reach a candidate by a real link (not only a row click) and hear each
     * filter's name (a placeholder is none).
     */
    @Test
    void aCandidatesTitleIsALinkToItsPageAndTheFiltersHaveNames() {
        String a = newAccount("김기획");
        String unique = "링크" + System.nanoTime();
        long id = candidate(a, unique);
        BrowserlessUIContext window = windowOf(a);
        TopicPoolView view = window.navigate(TopicPoolView.class);
        assertThat(view.search.getAriaLabel()).hasValue("제목, 본문, 태그, 제안자 검색");
        assertThat(view.statuses.getLabel()).isEqualTo("상태");
        assertThat(view.tag.getLabel()).isEqualTo("태그");
        in(window).test(view.search).setValue(unique);
        var link = (com.vaadin.flow.router.RouterLink) in(window).test(view.grid).getCellComponent(0, 0)
                .getChildren().findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo(unique);
        assertThat(link.getHref()).isEqualTo("topics/" + id);
        in(window).test(link).click();
        assertThat(window.getUI().getCurrentView()).isInstanceOf(TopicDetailView.class);
    }

    @Test
    void theDetailPageKeepsANoteBeingTypedWhileOthersScoreAndShowsDecisions() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = candidate(a, "인형 " + System.nanoTime());
        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        assertThat(view.proposer.getElement().getTextRecursively()).contains("제안자 정보를 알 수 없습니다");
        in(window).test(view.screening.myNotes.get(ScreeningQuestion.EFFECT)).setValue("쓰는 중인 메모");

        signedIn.run(b, () -> screening.score(id, ScreeningQuestion.EFFECT, 4));
        signedIn.run(b, () -> screening.saveNote(id, ScreeningQuestion.EFFECT, signedIn.as(b, () -> topics.get(id))
                .screening(ScreeningQuestion.EFFECT).get(0).version(), "이준비의 메모"));
        await(window, () -> view.screening.others.get(ScreeningQuestion.EFFECT).getElement().getTextRecursively()
                .contains("이준비의 메모"));
        assertThat(view.screening.averages.get(ScreeningQuestion.EFFECT).getText()).isEqualTo("평균 4.0점 (1명)");
        assertThat(view.screening.myNotes.get(ScreeningQuestion.EFFECT).getValue()).isEqualTo("쓰는 중인 메모");

        in(window).test(view.checks.get(kr.silheomjang.topic.SuitabilityCheck.GROUP)).click();
        assertThat(signedIn.as(a, () -> topics.get(id)).checks())
                .containsExactly(kr.silheomjang.topic.SuitabilityCheck.GROUP);

        long v = signedIn.as(b, () -> topics.get(id)).version();
        signedIn.run(b, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "기관 답변을 기다림"));
        await(window, () -> view.decisions.getElement().getTextRecursively().contains("기관 답변을 기다림"));
        assertThat(view.meta.getElement().getTextRecursively()).contains("보류");
    }

    /**
     * QA: on an open candidate's page 선정, 보류 and 다른 방식 권고 are greyed out in the status list with nothing
     * saying why; the field says they are decided in the selection meeting and the empty decision log links there.
     * Once decided, neither shows.
     */
    @Test
    void anOpenCandidateSaysWhereItIsDecided() {
        String a = newAccount("김기획");
        long id = candidate(a, "화분 " + System.nanoTime());
        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        assertThat(view.status.getHelperText()).isEqualTo("선정·보류·다른 방식 권고는 선정 회의에서 이유와 함께 기록합니다.");
        com.vaadin.flow.router.RouterLink link = view.decisions.getChildren()
                .filter(com.vaadin.flow.router.RouterLink.class::isInstance)
                .map(com.vaadin.flow.router.RouterLink.class::cast).findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo("선정 회의에서 결정하기");
        assertThat(link.getHref()).isEqualTo("topics/meeting");

        long v = signedIn.as(a, () -> topics.get(id)).version();
        signedIn.run(a, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "기관 답변을 기다림"));
        await(window, () -> view.decisions.getElement().getTextRecursively().contains("기관 답변을 기다림"));
        assertThat(view.status.getHelperText()).isNull();
        assertThat(view.decisions.getChildren().anyMatch(com.vaadin.flow.router.RouterLink.class::isInstance))
                .isFalse();
    }

    /**
     * In the meeting, a decision recorded by a co-planner while this planner was choosing one makes recording theirs a
     * conflict (naming the co-planner), not a second decision over the first, however many updates came between.
     */
    @Test
    void aDecisionChosenWhileACoPlannerRecordsOneIsAConflict() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long id = candidate(a, "회의 " + System.nanoTime());
        long v = signedIn.as(a, () -> topics.get(id)).version();
        signedIn.run(a, () -> topics.moveStatus(id, v, CandidateStatus.REVIEWING));
        BrowserlessUIContext window = windowOf(a);
        SelectionMeetingView view = window.navigate(SelectionMeetingView.class);
        SelectionMeetingView.MeetingCard card = view.shown.get(id);
        window.test(card.decision).selectItem("다른 방식 권고");
        window.test(card.reasons).setValue("실험보다 토론이 맞다");

        long now = signedIn.as(b, () -> topics.get(id)).version();
        signedIn.run(b, () -> selection.decide(id, now, SelectionDecision.ON_HOLD, "기관 답변을 기다림"));
        await(window, () -> card.lastDecision.getText().contains("이준비"));
        signedIn.run(b, () -> screening.score(id, ScreeningQuestion.EFFECT, 3)); // one more update after it
        await(window, () -> card.scores.get(ScreeningQuestion.EFFECT).getText().contains("3"));

        in(window).test(card.record).click();
        assertThat(notificationTexts(window)).contains("이준비님이");
        assertThat(signedIn.as(a, () -> topics.get(id)).decisions()).hasSize(1);
        assertThat(card.reasons.getValue()).as("the reasons typed stay").isEqualTo("실험보다 토론이 맞다");
    }

    /** The overview of an experiment made from the pool shows its candidate's status, and follows a new decision. */
    @Test
    void theOverviewFollowsItsCandidatesDecisionInThePool() {
        String a = newAccount("김기획");
        String b = newAccount("이준비");
        long[] linked = linkedCandidate(a, "인형 " + System.nanoTime());
        long id = linked[0];
        BrowserlessUIContext window = windowOf(a);
        window.navigate(kr.silheomjang.experiment.ui.ExperimentOverviewView.class,
                Map.of(kr.silheomjang.ui.ExperimentSection.PARAM, String.valueOf(linked[1])));
        var summaries = window.find(com.vaadin.flow.component.html.Div.class).withId("overview-summaries").single();
        assertThat(summaries.getElement().getTextRecursively()).contains("선정").doesNotContain("보류");

        long v = signedIn.as(b, () -> topics.get(id)).version();
        signedIn.run(b, () -> selection.decide(id, v, SelectionDecision.ON_HOLD, "기관 답변을 기다림"));
        await(window, () -> summaries.getElement().getTextRecursively().contains("보류"));
    }

    /** The outreach log's date is the contact's: beside "미팅 날짜 확정" a bare date was read as the meeting's (QA). */
    @Test
    void theOutreachLogSaysItsDateIsTheContacts() {
        String a = newAccount("김기획");
        long id = signedIn.as(a, () -> topics.create(new CandidateDraft("연락 " + System.nanoTime(), "지하철 빈 공간에 야학을",
                "민주주의 서울", null, null, true, "최시민", "citizen@example.kr", null, null, List.of())));
        LocalDate contacted = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).minusDays(2);
        LocalDate meeting = contacted.plusDays(12);
        signedIn.run(a, () -> outreach.logStep(id, new kr.silheomjang.topic.OutreachEntryDraft(
                kr.silheomjang.topic.OutreachStep.INTRODUCED, contacted, "전화", null, null, null)));
        signedIn.run(a, () -> outreach.logStep(id, new kr.silheomjang.topic.OutreachEntryDraft(
                kr.silheomjang.topic.OutreachStep.INTENT_CHECKED, contacted, "전화",
                kr.silheomjang.topic.OutreachAnswer.WANTS, null, null)));
        signedIn.run(a, () -> outreach.logStep(id, new kr.silheomjang.topic.OutreachEntryDraft(
                kr.silheomjang.topic.OutreachStep.MEETING_SET, contacted, "전화", null, meeting, null)));
        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        assertThat(view.outreachSection.log.getElement().getTextRecursively())
                .contains("미팅 날짜 확정 · 연락 " + kr.silheomjang.ui.Formats.date(contacted, java.util.Locale.KOREAN));
    }

    /**
     * A linked candidate's page shows the experiment's consent log and proposer meeting: a co-planner recording a
     * consent on 제안자 동의 and moving the meeting on the calendar reach it, and the notes being typed stay.
     */
    @Test
    void aLinkedCandidatesPageFollowsTheExperimentsConsentsAndCalendar() {
        String a = newAccount("김기획");
        long[] linked = linkedCandidate(a, "빨대 " + System.nanoTime());
        long id = linked[0];
        long experiment = linked[1];
        String b = teams.joinWithNewAccount(a, experiment, "이준비", MemberRole.PLANNER);
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(9);
        var p = signedIn.as(b, () -> proposers.get(experiment));
        signedIn.run(b, () -> proposers.save(experiment, p.version(), p.meeting(), new kr.silheomjang.people
                .ProposerDraft(true, p.draft().name(), null, null, null, day, null, null, null)));

        BrowserlessUIContext window = windowOf(a);
        TopicDetailView view = window.navigate(TopicDetailView.class,
                Map.of(TopicDetailView.PARAM, String.valueOf(id)));
        MeetingNotesForm notes = view.outreachSection.notes;
        assertThat(notes.meetingDate.getValue()).isEqualTo(day);
        in(window).test(notes.background).setValue("쓰는 중인 배경");

        signedIn.run(b, () -> proposers.recordConsent(experiment, kr.silheomjang.people.ConsentKind.INTERVIEW,
                kr.silheomjang.people.ConsentDecision.GIVEN, "현장 면담", day.minusDays(9)));
        await(window, () -> view.outreachSection.consents.getElement().getTextRecursively().contains("현장 면담"));

        var meeting = signedIn.as(b, () -> schedule.calendar(experiment, day, day)).events().stream()
                .filter(e -> e.type() == kr.silheomjang.schedule.EventType.PROPOSER_MEETING).findFirst().orElseThrow();
        signedIn.run(b, () -> schedule.move(experiment, meeting.id(), meeting.version(), day.plusDays(3)));
        await(window, () -> day.plusDays(3).equals(notes.meetingDate.getValue()));
        assertThat(notes.background.getValue()).isEqualTo("쓰는 중인 배경");
    }

    @Test
    void aPartnerGuestHasNoEntryAndIsSentAway() {
        String owner = newAccount("소유자");
        long experiment = signedIn.as(owner, () -> experiments.create(Drafts.valid("게스트 실험장")));
        String guest = teams.joinWithNewAccount(owner, experiment, "협력기관", MemberRole.PARTNER_GUEST);
        BrowserlessUIContext window = windowOf(guest);
        window.navigate("topics", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
        assertThat(window.find(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel)
                .doesNotContain("제안함");
        window.navigate("topics/meeting", ExperimentListView.class);
        assertThat(window.getCurrentView()).isInstanceOf(ExperimentListView.class);
    }
}
