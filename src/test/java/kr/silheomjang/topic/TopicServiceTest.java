package kr.silheomjang.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

@SpringBootTest
@ActiveProfiles("test")
class TopicServiceTest {

    @Autowired
    TopicService topics;
    @Autowired
    kr.silheomjang.topic.SelectionService selection;
    @Autowired
    kr.silheomjang.topic.ScreeningService screening;
    @Autowired
    kr.silheomjang.topic.TopicImportService importer;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;
    @Autowired
    LiveUpdateBus bus;

    String account(String name) {
        String email = "t" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    static CandidateDraft draft(String title) {
        return new CandidateDraft(title, "임산부석 자리에 인형을 놓아두면 임산부들만 앉을까요?", "민주주의 서울",
                "https://democracy.seoul.go.kr/p/1", LocalDate.of(2026, 3, 2), true, "최시민", "citizen@example.kr",
                "010-1111-2222", "@citizen", List.of("교통", " 배려 ", "교통"));
    }

    @Test
    void aPlannerAddsFindsFiltersAndCountsCandidates() {
        String planner = account("기획자");
        String unique = "빨대" + System.nanoTime();
        long id = signedIn.as(planner, () -> topics.create(draft(unique + " 제안")));
        signedIn.as(planner, () -> topics.create(CandidateDraft.of(unique + " 둘째", "본문", "")));

        CandidateDetails d = signedIn.as(planner, () -> topics.get(id));
        assertThat(d.status()).isEqualTo(CandidateStatus.CANDIDATE);
        assertThat(d.draft().tags()).containsExactly("교통", "배려");
        assertThat(d.draft().proposerEmail()).isEqualTo("citizen@example.kr");

        CandidateFilter search = new CandidateFilter(Set.of(), unique, null, CandidateFilter.Sort.TITLE);
        assertThat(signedIn.as(planner, () -> topics.page(search, 0, 10))).extracting(CandidateRow::title)
                .containsExactly(unique + " 둘째", unique + " 제안");
        assertThat(signedIn.as(planner, () -> topics.count(search))).isEqualTo(2);
        CandidateFilter byTag = new CandidateFilter(Set.of(), unique, "배려", CandidateFilter.Sort.NEWEST);
        assertThat(signedIn.as(planner, () -> topics.page(byTag, 0, 10))).extracting(CandidateRow::id)
                .containsExactly(id);
        // A part of a tag is not the tag.
        CandidateFilter partTag = new CandidateFilter(Set.of(), unique, "배", CandidateFilter.Sort.NEWEST);
        assertThat(signedIn.as(planner, () -> topics.count(partTag))).isZero();
        // The unnamed source becomes "직접 입력".
        assertThat(signedIn.as(planner, () -> topics.page(search, 0, 10)).get(0).sourcePlatform())
                .isEqualTo("직접 입력");

        long before = signedIn.as(planner, () -> topics.countsByStatus()).get(CandidateStatus.REVIEWING);
        signedIn.run(planner, () -> topics.moveStatus(id, d.version(), CandidateStatus.REVIEWING));
        assertThat(signedIn.as(planner, () -> topics.countsByStatus()).get(CandidateStatus.REVIEWING))
                .isEqualTo(before + 1);
        CandidateFilter reviewing = new CandidateFilter(Set.of(CandidateStatus.REVIEWING), unique, null, null);
        assertThat(signedIn.as(planner, () -> topics.page(reviewing, 0, 10))).extracting(CandidateRow::id)
                .containsExactly(id);
    }

    @Test
    void badInputIsRefusedInKoreanKeysAndNothingIsSaved() {
        String planner = account("기획자");
        String unique = "잘못" + System.nanoTime();
        CandidateDraft bad = new CandidateDraft(unique, " ", "x", "ftp://nope", LocalDate.now().plusDays(3), true,
                " ", "not-an-address", null, null, List.of());
        assertThatThrownBy(() -> signedIn.run(planner, () -> topics.create(bad)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "topic.error.bodyRequired", "topic.error.urlInvalid", "topic.error.dateInFuture",
                        "topic.error.proposerNameRequired", "topic.error.emailInvalid"));
        assertThat(signedIn.as(planner, () -> topics.count(new CandidateFilter(Set.of(), unique, null, null))))
                .isZero();
        // A well-formed address longer than its column (200) is refused in words, not by the database.
        CandidateDraft longAddress = new CandidateDraft(unique, "본문", null, null, null, true, "제안자",
                "a".repeat(100) + "@" + "b".repeat(100) + ".kr", null, null, List.of());
        assertThatThrownBy(() -> signedIn.run(planner, () -> topics.create(longAddress)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("topic.error.emailInvalid"));
        // A link longer than its column (1000) and a slipped year (1900) are refused in words, nothing is saved.
        CandidateDraft longLinkOldDate = new CandidateDraft(unique, "본문", null, "https://example.kr/"
                + "a".repeat(1000), LocalDate.of(1900, 1, 1), false, null, null, null, null, List.of());
        assertThatThrownBy(() -> signedIn.run(planner, () -> topics.create(longLinkOldDate)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("topic.error.urlTooLong", "topic.error.dateTooOld"));
        assertThat(signedIn.as(planner, () -> topics.count(new CandidateFilter(Set.of(), unique, null, null))))
                .isZero();
    }

    @Test
    void decisionsAreAuditRecordsAndOnlyTheyChooseSelectHoldOrOtherFormat() {
        String owner = account("김기획");
        long id = signedIn.as(owner, () -> topics.create(draft("길고양이 이삿길 " + System.nanoTime())));
        long v = signedIn.as(owner, () -> topics.get(id)).version();
        assertThatThrownBy(() -> signedIn.run(owner, () -> topics.moveStatus(id, v, CandidateStatus.SELECTED)))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> signedIn.run(owner, () -> selection.decide(id, v, SelectionDecision.OTHER_FORMAT, " ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("topic.decision.error.reasonsRequired"));
        assertThat(signedIn.as(owner, () -> topics.get(id)).decisions()).isEmpty();

        signedIn.run(owner, () -> selection.decide(id, v, SelectionDecision.OTHER_FORMAT, "시민토론형이 맞다"));
        CandidateDetails after = signedIn.as(owner, () -> topics.get(id));
        assertThat(after.status()).isEqualTo(CandidateStatus.OTHER_FORMAT);
        assertThat(after.decisions()).singleElement().satisfies(dv -> {
            assertThat(dv.decision()).isEqualTo(SelectionDecision.OTHER_FORMAT);
            assertThat(dv.reasons()).isEqualTo("시민토론형이 맞다");
            assertThat(dv.decidedByName()).isEqualTo("김기획");
        });
        // A decision taken on a stale view is refused with who decided first; the record stays one.
        assertThatThrownBy(() -> signedIn.run(owner, () -> selection.decide(id, v, SelectionDecision.SELECTED, "다시")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("김기획"));
        signedIn.run(owner, () -> selection.decide(id, after.version(), SelectionDecision.SELECTED, "재논의 끝에 선정"));
        assertThat(signedIn.as(owner, () -> topics.get(id)).decisions()).extracting(DecisionView::decision)
                .containsExactly(SelectionDecision.SELECTED, SelectionDecision.OTHER_FORMAT);
    }

    @Test
    void eachPlannerScoresAndNotesTheirOwnAndAveragesFollow() {
        String a = account("김기획");
        String b = account("이준비");
        long id = signedIn.as(a, () -> topics.create(draft("야학 " + System.nanoTime())));
        List<LiveUpdate> heard = new CopyOnWriteArrayList<>();
        try (var sub = bus.subscribe(TopicLive.CHANNEL, heard::add)) {
            signedIn.run(a, () -> screening.score(id, ScreeningQuestion.EFFECT, 4));
            signedIn.run(b, () -> screening.score(id, ScreeningQuestion.EFFECT, 2));
            signedIn.run(b, () -> screening.score(id, ScreeningQuestion.EFFECT, 3));
            signedIn.run(a, () -> screening.saveNote(id, ScreeningQuestion.EFFECT,
                    signedIn.as(a, () -> topics.get(id)).entryOf(ScreeningQuestion.EFFECT,
                            accounts.findByEmail(a).orElseThrow().id()).version(), "효과가 보일 듯"));
            long deadline = System.currentTimeMillis() + 3000;
            while (heard.stream().filter(u -> u.is(TopicLive.SCREENING)).count() < 4
                    && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        }
        CandidateDetails d = signedIn.as(a, () -> topics.get(id));
        assertThat(d.averages()).containsEntry(ScreeningQuestion.EFFECT, 3.5)
                .doesNotContainKey(ScreeningQuestion.DIFFICULTY);
        assertThat(d.screening(ScreeningQuestion.EFFECT)).extracting(ScreeningEntryView::userName,
                ScreeningEntryView::score, ScreeningEntryView::note)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("김기획", 4, "효과가 보일 듯"),
                        org.assertj.core.groups.Tuple.tuple("이준비", 3, null));
        assertThat(heard).filteredOn(u -> u.is(TopicLive.SCREENING)).allMatch(u -> u.ids().equals(List.of(id)))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> signedIn.run(a, () -> screening.score(id, ScreeningQuestion.EFFECT, 6)))
                .isInstanceOf(UserFacingException.class);
        // The same planner in a second window saves over a note they did not see: conflict.
        assertThatThrownBy(() -> signedIn.run(a, () -> screening.saveNote(id, ScreeningQuestion.EFFECT, -1, "옛 창")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void editsCheckAgainstTheVersionSeenAndTheChecklistAndAgencyLogAreKept() {
        String a = account("김기획");
        String b = account("이준비");
        long id = signedIn.as(a, () -> topics.create(draft("정류장 책 " + System.nanoTime())));
        long v = signedIn.as(a, () -> topics.get(id)).version();
        signedIn.run(b, () -> topics.setCheck(id, v, SuitabilityCheck.ONE_OFF, true));
        assertThatThrownBy(() -> signedIn.run(a, () -> topics.update(id, v, draft("내 제목"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.changedBy()).isEqualTo("이준비"));
        CandidateDetails d = signedIn.as(a, () -> topics.get(id));
        assertThat(d.checks()).containsExactly(SuitabilityCheck.ONE_OFF);
        assertThat(d.draft().title()).startsWith("정류장 책");

        assertThatThrownBy(() -> signedIn.run(a, () -> screening.addAgencyResponse(id, new AgencyResponseDraft("구청",
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null), null, null, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("topic.agency.error.answeredBeforeAsked"));
        assertThatThrownBy(() -> signedIn.run(a, () -> screening.addAgencyResponse(id, new AgencyResponseDraft("구청",
                LocalDate.of(2026, 5, 2), null, null), "답변.pdf", "application/pdf", "not a pdf".getBytes())))
                .isInstanceOf(UserFacingException.class);
        assertThat(signedIn.as(a, () -> topics.get(id)).agencyLog()).isEmpty();
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        long r = signedIn.as(a, () -> screening.addAgencyResponse(id, new AgencyResponseDraft(" 서울교통공사 ",
                LocalDate.of(2026, 5, 2), null, "분실 우려"), "답변.pdf", "application/pdf", pdf));
        AgencyResponseView logged = signedIn.as(a, () -> topics.get(id)).agencyLog().get(0);
        assertThat(logged.agency()).isEqualTo("서울교통공사");
        assertThat(logged.answeredOn()).isNull();
        assertThat(signedIn.as(b, () -> screening.attachment(r)).bytes()).isEqualTo(pdf);
        signedIn.run(b, () -> screening.updateAgencyResponse(r, logged.version(), new AgencyResponseDraft("서울교통공사",
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 9), "1량만 협조 가능")));
        assertThat(signedIn.as(a, () -> topics.get(id)).agencyLog().get(0).answeredOn())
                .isEqualTo(LocalDate.of(2026, 5, 9));
    }

    @Autowired
    kr.silheomjang.people.ProposerConsentService proposers;
    @Autowired
    List<kr.silheomjang.experiment.StageCheckSource> stageChecks;
    @Autowired
    List<kr.silheomjang.shared.OverviewSummary> overview;

    @Test
    void aSelectedCandidateBecomesAnExperimentInPlanningLinkedBothWays() {
        String a = account("김기획");
        String b = account("이준비");
        long id = signedIn.as(a, () -> topics.create(draft("인형 실험 " + System.nanoTime())));
        signedIn.run(a, () -> screening.saveNote(id, ScreeningQuestion.EFFECT, -1, "임산부들만 앉을까?"));
        signedIn.run(b, () -> screening.saveNote(id, ScreeningQuestion.DIFFICULTY, -1, "인형이 분실되지 않을까?"));
        LocalDate start = LocalDate.of(2026, 1, 5);
        int before = signedIn.as(a, () -> experiments.countMine(true));
        long v0 = signedIn.as(a, () -> topics.get(id)).version();
        assertThatThrownBy(() -> signedIn.run(a, () -> selection.createExperiment(id, v0, start, start.plusMonths(3),
                start.plusMonths(4)))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("topic.make.error.notSelected"));
        signedIn.run(a, () -> selection.decide(id, v0, SelectionDecision.SELECTED, "효과를 확인할 수 있음"));
        long v1 = signedIn.as(a, () -> topics.get(id)).version();
        // Bad dates are the experiment's own refusal; nothing is created or linked.
        assertThatThrownBy(() -> signedIn.run(a, () -> selection.createExperiment(id, v1, start, start.minusDays(1),
                start.plusMonths(4)))).isInstanceOf(UserFacingException.class);
        assertThat(signedIn.as(a, () -> experiments.countMine(true))).isEqualTo(before);
        assertThat(signedIn.as(a, () -> topics.get(id)).experimentId()).isNull();

        long experiment = signedIn.as(a, () -> selection.createExperiment(id, v1, start, start.plusMonths(3),
                start.plusMonths(4)));
        var e = signedIn.as(a, () -> experiments.get(experiment));
        assertThat(e.stage()).isEqualTo(kr.silheomjang.experiment.Stage.PLANNING);
        assertThat(e.proposalText()).startsWith("임산부석 자리에 인형을");
        assertThat(e.proposalUrl()).isEqualTo("https://democracy.seoul.go.kr/p/1");
        assertThat(e.proposerName()).isEqualTo("최시민");
        assertThat(e.questions()).extracting(q -> q.text())
                .containsExactly("효과: 임산부들만 앉을까?", "어려움: 인형이 분실되지 않을까?");
        var proposer = signedIn.as(a, () -> proposers.get(experiment)).draft();
        assertThat(proposer.name()).isEqualTo("최시민");
        assertThat(proposer.email()).isEqualTo("citizen@example.kr");
        assertThat(signedIn.as(a, () -> topics.get(id)).experimentId()).isEqualTo(experiment);
        assertThatThrownBy(() -> signedIn.run(a, () -> selection.createExperiment(id,
                signedIn.as(a, () -> topics.get(id)).version(), start, start.plusMonths(3), start.plusMonths(4))))
                .isInstanceOf(UserFacingException.class);

        var checks = signedIn.as(a, () -> stageChecks.stream().flatMap(s -> s.stageChecks(experiment).stream())
                .filter(c -> c.key().startsWith("topic.")).toList());
        assertThat(checks).filteredOn(c -> c.key().equals("topic.stagecheck.selected")).singleElement()
                .satisfies(c -> {
                    assertThat(c.done()).isTrue();
                    assertThat(c.href()).isEqualTo("topics/" + id);
                });
        var lines = signedIn.as(a, () -> overview.stream().flatMap(o -> o.lines(experiment).stream()).toList());
        assertThat(lines).anySatisfy(l -> assertThat(l.href()).isEqualTo("topics/" + id));
    }

    @Test
    void partnerGuestsAndAnonymousGetNothing() {
        String owner = account("소유자");
        long experiment = signedIn.as(owner, () -> experiments.create(Drafts.valid("게스트 확인")));
        String guest = teams.joinWithNewAccount(owner, experiment, "협력기관", MemberRole.PARTNER_GUEST);
        long id = signedIn.as(owner, () -> topics.create(draft("비공개 " + System.nanoTime())));
        assertThat(signedIn.as(guest, () -> topics.canUse())).isFalse();
        assertThat(signedIn.as(owner, () -> topics.canUse())).isTrue();
        assertThatThrownBy(() -> signedIn.run(guest, () -> topics.get(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> topics.page(CandidateFilter.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> topics.create(draft("게스트 제안"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> topics.countsByStatus())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // Once made a planner somewhere, the same account may use the pool.
        long mine = signedIn.as(owner, () -> experiments.get(experiment)).members().stream()
                .filter(m -> m.role() == MemberRole.PARTNER_GUEST).findFirst().orElseThrow().memberId();
        teams.changeRole(owner, experiment, mine, MemberRole.PLANNER);
        assertThat(signedIn.as(guest, () -> topics.get(id)).id()).isEqualTo(id);
    }
}
