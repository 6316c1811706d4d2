package kr.silheomjang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.followup.ArchiveDraft;
import kr.silheomjang.followup.ArchiveKind;
import kr.silheomjang.followup.ArchiveService;
import kr.silheomjang.followup.SubtitleStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.CommentService;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.search.internal.SearchIndexer;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyAudience;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;
import kr.silheomjang.topic.CandidateDraft;
import kr.silheomjang.topic.TopicService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Issue 15 point 3: Korean matched inside words, every kind found and linked, the matching words marked safely, and
 * nobody finding what they cannot open. Each test uses its own made-up Korean word, so the shared database of the
 * test context (and the demo data) never answers for it.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Autowired
    SearchService search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    CommentService comments;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ParticipantService participants;
    @Autowired
    ArchiveService archive;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    TopicService topics;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    /** A word nobody else uses: random Hangul syllables. */
    static String word(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ThreadLocalRandom.current().nextInt(0xAC00, 0xD7A4));
        }
        return b.toString();
    }

    String account(String name) {
        String email = "s" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    long experiment(String owner, String title) {
        return signedIn.as(owner, () -> experiments.create(Drafts.valid(title)));
    }

    long card(String who, long experimentId, String title) {
        return signedIn.as(who, () -> planning.createCard(experimentId,
                planning.board(experimentId).columns().get(0).id(), title));
    }

    /** Searches as {@code who} until the results satisfy {@code ok} (the index follows commits within moments). */
    SearchResults until(String who, String query, Predicate<SearchResults> ok) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        SearchResults last;
        do {
            indexer.awaitIdle(Duration.ofSeconds(10));
            last = signedIn.as(who, () -> search.search(query));
            if (ok.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.nanoTime() < deadline);
        return fail("search for '" + query + "' as " + who + " never satisfied the test; last: " + last);
    }

    SearchResults as(String who, String query) {
        indexer.awaitIdle(Duration.ofSeconds(10));
        return signedIn.as(who, () -> search.search(query));
    }

    static List<String> titles(SearchResults r, SearchKind kind) {
        return r.hits(kind).stream().map(h -> h.title().text()).toList();
    }

    @Test
    void koreanMatchesInsideAWordAndTheMatchIsMarked() {
        String owner = account("소유자");
        String w = word(4);
        long id = experiment(owner, "검색 실험장");
        long cardId = card(owner, id, "일일" + w + "학교 준비");

        // Two syllables from the middle of the word, as "야학" inside "일일야학".
        String inside = w.substring(1, 3);
        SearchResults r = until(owner, inside, x -> !x.hits(SearchKind.CARD).isEmpty());
        SearchHit hit = r.hits(SearchKind.CARD).get(0);
        assertThat(hit.id()).isEqualTo(cardId);
        assertThat(hit.title().text()).isEqualTo("일일" + w + "학교 준비");
        assertThat(hit.title().matches()).containsExactly(inside);
        assertThat(hit.link()).isEqualTo("experiments/" + id + "/board?card=" + cardId);
        assertThat(hit.context()).isEqualTo("검색 실험장");

        // One syllable from the middle matches too; a pair that is not in the text does not.
        assertThat(as(owner, w.substring(2, 3)).hits(SearchKind.CARD)).extracting(SearchHit::id).contains(cardId);
        assertThat(as(owner, w.substring(2, 3) + w.substring(1, 2)).hits(SearchKind.CARD)).isEmpty();
        // Every word of the query must match.
        assertThat(as(owner, inside + " 준비").hits(SearchKind.CARD)).extracting(SearchHit::id).containsExactly(cardId);
        assertThat(as(owner, inside + " " + word(3)).hits(SearchKind.CARD)).isEmpty();
    }

    @Test
    void everyKindIsFoundAndLinksToItsExactPlace() {
        String owner = account("소유자");
        String w = word(3);
        long id = experiment(owner, "실험장 " + w + "하기");
        long cardId = card(owner, id, "카드" + w);
        long commented = card(owner, id, "댓글 달린 카드");
        signedIn.run(owner, () -> comments.comment(id, commented, "이 카드에 " + w + " 이야기를 적었다"));
        long eventId = signedIn.as(owner, () -> schedule.create(id, EventDraft.allDay(w + " 회의", EventType.MILESTONE,
                DAY)));
        long personId = signedIn.as(owner, () -> participants.create(id, ParticipantDraft.named("김" + w)));
        long itemId = signedIn.as(owner, () -> archive.add(id, new ArchiveDraft(ArchiveKind.VIDEO, w + " 현장 영상",
                "https://video.example.kr/1", DAY, "", List.of("영상"), null, SubtitleStatus.HAS, false, true, false),
                null, null));
        long surveyId = signedIn.as(owner, () -> surveys.createForm(id, "만족도", SurveyAudience.PARTICIPANT, List.of(
                new SurveyQuestion(null, QuestionType.SHORT_TEXT, "좋았던 점은?", List.of(), false))));
        SurveyDetails form = signedIn.as(owner, () -> surveys.get(id, surveyId));
        publicSurveys.submit(form.token(), Map.of(form.questions().get(0).id(), List.of("어르신들과 " + w + " 한 것")),
                "10.9.0.1", "search-" + System.nanoTime());
        long proposalId = signedIn.as(owner, () -> topics.create(CandidateDraft.of(w + "을 해주세요", "시민 제안 본문",
                "직접 접수")));

        SearchResults r = until(owner, w, x -> x.groups().size() == SearchKind.values().length);
        assertThat(r.groups().keySet()).containsExactly(SearchKind.values());
        assertThat(r.hits(SearchKind.EXPERIMENT).get(0).link()).isEqualTo("experiments/" + id);
        assertThat(r.hits(SearchKind.PROPOSAL).get(0).link()).isEqualTo("topics/" + proposalId);
        assertThat(r.hits(SearchKind.CARD)).extracting(SearchHit::link).containsExactlyInAnyOrder(
                "experiments/" + id + "/board?card=" + cardId, "experiments/" + id + "/board?card=" + commented);
        SearchHit byComment = r.hits(SearchKind.CARD).stream().filter(h -> h.id() == commented).findFirst()
                .orElseThrow();
        assertThat(byComment.snippet().text()).contains("이 카드에 " + w + " 이야기를 적었다");
        assertThat(byComment.snippet().matches()).containsExactly(w);
        assertThat(r.hits(SearchKind.EVENT).get(0).link()).isEqualTo("experiments/" + id + "/schedule?event=" + eventId);
        assertThat(r.hits(SearchKind.PARTICIPANT).get(0).link())
                .isEqualTo("experiments/" + id + "/people?participant=" + personId);
        assertThat(r.hits(SearchKind.ARCHIVE).get(0).link())
                .isEqualTo("experiments/" + id + "/followup/archive?item=" + itemId);
        SearchHit answer = r.hits(SearchKind.SURVEY_ANSWER).get(0);
        assertThat(answer.link())
                .isEqualTo("experiments/" + id + "/surveys/" + surveyId + "/results?answer=" + answer.id());
        assertThat(answer.title().text()).isEqualTo("어르신들과 " + w + " 한 것");
        assertThat(answer.context()).contains("만족도", "좋았던 점은?");
    }

    @Test
    void markupInTextsStaysTextAndIsMarkedAroundTheMatch() {
        String owner = account("소유자");
        String w = word(3);
        long id = experiment(owner, "마크업 실험장");
        card(owner, id, "<img src=x onerror=alert(1)>" + w + "</b>");
        SearchHit hit = until(owner, w, x -> !x.hits(SearchKind.CARD).isEmpty()).hits(SearchKind.CARD).get(0);
        assertThat(hit.title().parts()).containsExactly(
                new Highlighted.Part("<img src=x onerror=alert(1)>", false), new Highlighted.Part(w, true),
                new Highlighted.Part("</b>", false));
    }

    @Test
    void aGuestOfOneExperimentFindsNothingOfAnotherNorWhatGuestsDoNotSee() {
        String ownerA = account("소유자A");
        String ownerB = account("소유자B");
        String w = word(3);
        long a = experiment(ownerA, "A " + w);
        long b = experiment(ownerB, "B " + w);
        String guest = teams.joinWithNewAccount(ownerA, a, "협력기관", MemberRole.PARTNER_GUEST);
        long guestId = userId(guest);
        card(ownerA, a, "A의 카드 " + w);
        card(ownerB, b, "B의 카드 " + w);
        signedIn.run(ownerB, () -> participants.create(b, ParticipantDraft.named("이" + w)));
        long nameInA = signedIn.as(ownerA, () -> participants.create(a, ParticipantDraft.named("박" + w)
                .toBuilder().phone("010-4321-8765").build()));
        long hidden = signedIn.as(ownerA, () -> schedule.create(a, EventDraft.allDay("내부 " + w, EventType.MILESTONE,
                DAY)));
        long invited = signedIn.as(ownerA, () -> schedule.create(a, new EventDraft("함께 " + w, EventType.PARTNER_MEETING,
                DAY, null, DAY, null, null, Set.of(guestId), null)));
        signedIn.run(ownerA, () -> archive.add(a, new ArchiveDraft(ArchiveKind.VIDEO, "비공개 " + w,
                "https://video.example.kr/2", DAY, "", List.of(), null, SubtitleStatus.HAS, false, false, false),
                null, null));
        long open = signedIn.as(ownerA, () -> archive.add(a, new ArchiveDraft(ArchiveKind.VIDEO, "공개 " + w,
                "https://video.example.kr/3", DAY, "", List.of(), null, SubtitleStatus.HAS, false, true, false),
                null, null));
        signedIn.run(ownerA, () -> topics.create(CandidateDraft.of("제안 " + w, "본문", "직접 접수")));

        // The owners see theirs (so the index holds everything) ...
        SearchResults ownerOfA = until(ownerA, w, x -> x.hits(SearchKind.ARCHIVE).size() == 2
                && x.hits(SearchKind.EVENT).size() == 2 && !x.hits(SearchKind.PROPOSAL).isEmpty()
                && !x.hits(SearchKind.PARTICIPANT).isEmpty());
        assertThat(titles(ownerOfA, SearchKind.CARD)).containsExactly("A의 카드 " + w);
        until(ownerB, w, x -> titles(x, SearchKind.CARD).equals(List.of("B의 카드 " + w))
                && x.hits(SearchKind.PARTICIPANT).size() == 1);

        // ... the guest of A nothing of B, of A's events only the one they attend, of the archive the public item,
        // participants' names (what guests see on the people tab) and no proposals (the pool is not for guests).
        SearchResults g = as(guest, w);
        assertThat(g.hits(SearchKind.EXPERIMENT)).extracting(SearchHit::experimentId).containsExactly(a);
        assertThat(g.groups().values().stream().flatMap(List::stream)).allMatch(h -> h.experimentId() == a);
        assertThat(titles(g, SearchKind.CARD)).containsExactly("A의 카드 " + w);
        assertThat(g.hits(SearchKind.EVENT)).extracting(SearchHit::id).containsExactly(invited).doesNotContain(hidden);
        assertThat(g.hits(SearchKind.ARCHIVE)).extracting(SearchHit::id).containsExactly(open);
        assertThat(g.hits(SearchKind.PARTICIPANT)).extracting(SearchHit::id).containsExactly(nameInA);
        assertThat(g.hits(SearchKind.PROPOSAL)).isEmpty();
        // Nobody finds a participant by a phone number: contacts are not in the index at all.
        assertThat(as(guest, "4321-8765").total()).isZero();
        assertThat(as(ownerA, "010-4321-8765").hits(SearchKind.PARTICIPANT)).isEmpty();

        // Someone who belongs to nothing finds nothing of either.
        String stranger = account("외부인");
        assertThat(as(stranger, w).groups().keySet()).containsOnly(SearchKind.PROPOSAL);
    }

    @Test
    void aRenamedCardIsFoundByItsNewTitleAndNoLongerByItsOld() {
        String owner = account("소유자");
        String old = word(3);
        String renamed = word(3);
        long id = experiment(owner, "이름 바꾸기 실험장");
        long cardId = card(owner, id, "홍보 " + old);
        until(owner, old, x -> !x.hits(SearchKind.CARD).isEmpty());

        signedIn.run(owner, () -> {
            CardDetails d = planning.card(id, cardId);
            planning.updateCard(id, cardId, d.version(), new CardDraft("홍보 " + renamed, d.description(),
                    d.category(), d.due(), d.assigneeIds(), d.labels()));
        });
        SearchResults now = until(owner, renamed, x -> !x.hits(SearchKind.CARD).isEmpty());
        assertThat(now.hits(SearchKind.CARD).get(0).id()).isEqualTo(cardId);
        assertThat(as(owner, old).hits(SearchKind.CARD)).isEmpty();
    }

    @Test
    void aRemovedMemberFindsNothingAtOnce() {
        String owner = account("소유자");
        String w = word(3);
        long id = experiment(owner, "탈퇴 실험장");
        String planner = account("기획자");
        teams.join(owner, id, planner, MemberRole.PLANNER);
        card(owner, id, "카드 " + w);
        until(planner, w, x -> !x.hits(SearchKind.CARD).isEmpty());
        long plannerId = userId(planner);
        signedIn.run(owner, () -> experiments.removeMember(id, experiments.get(id).members().stream()
                .filter(m -> m.userId() == plannerId).findFirst().orElseThrow().memberId()));
        assertThat(signedIn.as(planner, () -> search.search(w)).hits(SearchKind.CARD)).isEmpty();
    }

    @Test
    void theDemoNightSchoolIsFoundByPartOfItsWord() {
        // The demo workspace: "야학" finds "서울역에 일일야학이 열렸다?!" with the syllables marked.
        SearchResults r = until("owner@demo.kr", "야학", x -> !x.hits(SearchKind.EXPERIMENT).isEmpty());
        SearchHit night = r.hits(SearchKind.EXPERIMENT).stream()
                .filter(h -> h.title().text().equals("서울역에 일일야학이 열렸다?!")).findFirst().orElseThrow();
        assertThat(night.title().matches()).containsExactly("야학");
        // The partner guest of the demo sees the night school too, but never the organisation's proposal pool.
        SearchResults guest = as("partner@demo.kr", "야학");
        assertThat(guest.hits(SearchKind.EXPERIMENT)).extracting(SearchHit::id).contains(night.id());
        assertThat(guest.hits(SearchKind.PROPOSAL)).isEmpty();
    }
}
