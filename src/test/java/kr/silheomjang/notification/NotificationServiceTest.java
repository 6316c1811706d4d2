package kr.silheomjang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.notification.internal.DigestMailer;
import kr.silheomjang.notification.internal.NotificationJobs;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.planning.CardDetails;
import kr.silheomjang.planning.CardDraft;
import kr.silheomjang.planning.CommentService;
import kr.silheomjang.planning.PlanningService;
import kr.silheomjang.schedule.EventDraft;
import kr.silheomjang.schedule.EventType;
import kr.silheomjang.schedule.ScheduleService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.Notable.Kind;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.survey.PublicSurveyService;
import kr.silheomjang.survey.QuestionType;
import kr.silheomjang.survey.SurveyDetails;
import kr.silheomjang.survey.SurveyDraft;
import kr.silheomjang.survey.SurveyQuestion;
import kr.silheomjang.survey.SurveyService;

/**
 * Notification rules (who is told of what, never the author, never a guest of what they cannot open), preferences,
 * the scheduled scans (each notification once) and the daily digest (one mail per person per day, even when two
 * nodes run the job at the same moment or it runs again after a restart), against GreenMail.
 */
class NotificationServiceTest extends MailTestSupport {

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    DigestMailer digests;
    @Autowired
    ExperimentService experiments;
    @Autowired
    PlanningService planning;
    @Autowired
    CommentService comments;
    @Autowired
    ProposerConsentService consents;
    @Autowired
    SurveyService surveys;
    @Autowired
    PublicSurveyService publicSurveys;
    @Autowired
    ScheduleService schedule;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    InvitationService invitations;
    @Autowired
    MutableClock clock;
    @Autowired
    kr.silheomjang.support.Teams teams;

    /** An experiment with an owner, a planner and a partner guest, each with a name unique to the test. */
    record Team(long id, String owner, String planner, String guest, String ownerName, String plannerName,
            String guestName) {
    }

    Team team() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String owner = account("소유" + n);
        String planner = account("기획" + n);
        String guest = account("손님" + n);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("알림 실험장")));
        join(owner, id, planner, MemberRole.PLANNER);
        join(owner, id, guest, MemberRole.PARTNER_GUEST);
        return new Team(id, owner, planner, guest, "소유" + n, "기획" + n, "손님" + n);
    }

    /** With mail configured the invitation link travels only by mail: the invitee takes it from there. */
    void join(String owner, long id, String invitee, MemberRole role) {
        signedIn.run(owner, () -> invitations.invite(id, invitee, role));
        dispatcher.dispatchDue();
        String token = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(invitee))
                .map(NotificationServiceTest::body).map(INVITE::matcher).filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1)).reduce((a, b) -> b).orElseThrow();
        signedIn.run(invitee, () -> invitations.acceptAsSignedIn(token));
    }

    private static final java.util.regex.Pattern INVITE = java.util.regex.Pattern.compile("/invite/([A-Za-z0-9_-]+)");

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String account(String name) {
        String email = "n" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, kr.silheomjang.support.Teams.PASSWORD);
        return email;
    }

    long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    List<NotificationView> inbox(String who) {
        return signedIn.as(who, () -> notifications.inbox(0, 50));
    }

    List<NotificationView> inbox(String who, Kind kind) {
        return inbox(who).stream().filter(n -> n.kind() == kind).toList();
    }

    long firstCard(Team t) {
        return signedIn.as(t.owner, () -> planning.board(t.id)).columns().get(0).cards().get(0).id();
    }

    void assign(Team t, long cardId, LocalDate due, String... assignees) {
        signedIn.run(t.owner, () -> {
            CardDetails d = planning.card(t.id, cardId);
            Set<Long> ids = Set.copyOf(Arrays.stream(assignees).map(this::userId).toList());
            planning.updateCard(t.id, cardId, d.version(), new CardDraft(d.title(), d.description(), d.category(),
                    due, ids, d.labels()));
        });
    }

    void prefer(String who, Kind kind, Channel channel, int hour) {
        signedIn.run(who, () -> {
            NotificationPreferences p = notifications.preferences();
            Map<Kind, Channel> c = new EnumMap<>(p.channels());
            c.put(kind, channel);
            notifications.savePreferences(new NotificationPreferences(c, hour, p.version()));
        });
    }

    @Test
    void aMentionTellsTheMentionedMemberWithALinkToTheCardButNeverTheAuthor() {
        Team t = team();
        long card = firstCard(t);
        int before = signedIn.as(t.owner, () -> notifications.unreadCount());
        signedIn.run(t.planner, () -> comments.comment(t.id, card,
                "@" + t.ownerName + " @" + t.plannerName + " 확인 부탁드려요"));

        assertThat(signedIn.as(t.owner, () -> notifications.unreadCount())).isEqualTo(before + 1);
        assertThat(inbox(t.owner, Kind.MENTIONED)).singleElement().satisfies(n -> {
            assertThat(n.href()).isEqualTo("experiments/" + t.id + "/board?card=" + card);
            assertThat(n.actorName()).isEqualTo(t.plannerName);
            assertThat(n.experimentTitle()).isEqualTo("알림 실험장");
            assertThat(n.read()).isFalse();
        });
        assertThat(inbox(t.planner, Kind.MENTIONED)).as("the author named themself: not told").isEmpty();
        assertThat(inbox(t.guest, Kind.MENTIONED)).as("not named").isEmpty();
    }

    @Test
    void assigningACardTellsTheNewAssigneesOnlyAndReadingClearsTheCount() {
        Team t = team();
        long card = firstCard(t);
        assign(t, card, null, t.planner, t.owner);
        assertThat(inbox(t.planner, Kind.CARD_ASSIGNED)).singleElement()
                .satisfies(n -> assertThat(n.href()).endsWith("/board?card=" + card));
        assertThat(inbox(t.owner, Kind.CARD_ASSIGNED)).as("assigned themself").isEmpty();

        assign(t, card, null, t.planner, t.owner, t.guest);
        assertThat(inbox(t.planner, Kind.CARD_ASSIGNED)).as("already assigned: no second one").hasSize(1);
        assertThat(inbox(t.guest, Kind.CARD_ASSIGNED)).hasSize(1);

        long id = inbox(t.planner, Kind.CARD_ASSIGNED).getFirst().id();
        int unread = signedIn.as(t.planner, () -> notifications.unreadCount());
        signedIn.run(t.planner, () -> notifications.markRead(id));
        assertThat(signedIn.as(t.planner, () -> notifications.unreadCount())).isEqualTo(unread - 1);
        assertThat(inbox(t.planner, Kind.CARD_ASSIGNED).getFirst().read()).isTrue();
        assertThatThrownBy(() -> signedIn.run(t.guest, () -> notifications.markRead(id)))
                .as("someone else's notification").isInstanceOf(UserFacingException.class);
        signedIn.run(t.owner, () -> notifications.markAllRead());
        assertThat(signedIn.as(t.owner, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void aStageMoveTellsEveryoneElseAndAnAcceptedInvitationTellsTheInviter() {
        Team t = team();
        assertThat(inbox(t.owner, Kind.INVITATION_ACCEPTED)).hasSize(2)
                .extracting(NotificationView::actorName).containsExactlyInAnyOrder(t.plannerName, t.guestName);
        // Each leads to the new member in the overview's team.
        assertThat(inbox(t.owner, Kind.INVITATION_ACCEPTED)).extracting(NotificationView::href)
                .containsExactlyInAnyOrder("experiments/" + t.id + "?member=" + userId(t.planner),
                        "experiments/" + t.id + "?member=" + userId(t.guest));
        var d = signedIn.as(t.owner, () -> experiments.get(t.id));
        Stage target = d.stage() == Stage.TOPIC_SELECTION ? Stage.PLANNING : Stage.TOPIC_SELECTION;
        signedIn.run(t.owner, () -> experiments.moveStage(t.id, d.version(), target, "테스트"));
        assertThat(inbox(t.planner, Kind.STAGE_MOVED)).isNotEmpty()
                .allSatisfy(n -> assertThat(n.href()).isEqualTo("experiments/" + t.id));
        assertThat(inbox(t.guest, Kind.STAGE_MOVED)).isNotEmpty();
        assertThat(inbox(t.owner, Kind.STAGE_MOVED)).as("the one who moved it").isEmpty();
    }

    @Test
    void aGuestIsNeverToldOfConsentsOrSurveyAnswersAndSurveyAnswersComeBatched() {
        Team t = team();
        LocalDate today = LocalDate.now(clock);
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.FILMING, ConsentDecision.GIVEN, "전화",
                today));
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.FILMING, ConsentDecision.WITHDRAWN,
                "전화", today));
        assertThat(inbox(t.planner, Kind.CONSENT_WITHDRAWN)).singleElement()
                .satisfies(n -> assertThat(n.href())
                        .isEqualTo("experiments/" + t.id + "/people?tab=proposer&consent=FILMING"));
        assertThat(inbox(t.guest, Kind.CONSENT_WITHDRAWN)).isEmpty();
        assertThat(inbox(t.owner, Kind.CONSENT_WITHDRAWN)).as("recorded it").isEmpty();

        SurveyDetails s = oneQuestionSurvey(t);
        for (int i = 0; i < 3; i++) {
            publicSurveys.submit(s.token(), Map.of(s.questions().getFirst().id(), List.of("좋았어요 " + i)),
                    "10.0.0." + i, "session-" + System.nanoTime());
        }
        assertThat(inbox(t.owner, Kind.SURVEY_ANSWERS)).singleElement().satisfies(n -> {
            assertThat(n.count()).isEqualTo(3);
            assertThat(n.href()).isEqualTo("experiments/" + t.id + "/surveys/" + s.id() + "/results");
        });
        assertThat(inbox(t.planner, Kind.SURVEY_ANSWERS)).hasSize(1);
        assertThat(inbox(t.guest, Kind.SURVEY_ANSWERS)).isEmpty();
    }

    @Test
    void aRemovedMemberOrOneMadeAGuestNoLongerSeesWhatTheyCannotOpen() {
        Team t = team();
        LocalDate today = LocalDate.now(clock);
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.INTERVIEW, ConsentDecision.GIVEN, "메일",
                today));
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.INTERVIEW, ConsentDecision.WITHDRAWN,
                "메일", today));
        assertThat(inbox(t.planner, Kind.CONSENT_WITHDRAWN)).hasSize(1);
        long plannerMember = signedIn.as(t.owner, () -> experiments.get(t.id)).members().stream()
                .filter(m -> m.userId() == userId(t.planner)).findFirst().orElseThrow().memberId();
        teams.changeRole(t.owner, t.id, plannerMember, MemberRole.PARTNER_GUEST);
        assertThat(inbox(t.planner, Kind.CONSENT_WITHDRAWN)).as("a guest now").isEmpty();
        assertThat(inbox(t.planner, Kind.INVITATION_ACCEPTED)).isEmpty();

        signedIn.run(t.owner, () -> experiments.removeMember(t.id, plannerMember));
        assertThat(inbox(t.planner)).filteredOn(n -> n.experimentId() == t.id).isEmpty();
        assertThat(signedIn.as(t.planner, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void aKindTurnedOffIsNotDeliveredAndAStaleSaveIsRefused() {
        Team t = team();
        prefer(t.owner, Kind.MENTIONED, Channel.OFF, 9);
        long card = firstCard(t);
        signedIn.run(t.planner, () -> comments.comment(t.id, card, "@" + t.ownerName + " 보세요"));
        assertThat(inbox(t.owner, Kind.MENTIONED)).isEmpty();

        NotificationPreferences read = signedIn.as(t.owner, () -> notifications.preferences());
        assertThat(read.channel(Kind.MENTIONED)).isEqualTo(Channel.OFF);
        assertThat(read.channel(Kind.STAGE_MOVED)).isEqualTo(Channel.IN_APP);
        assertThat(read.digestHour()).isEqualTo(9);
        prefer(t.owner, Kind.STAGE_MOVED, Channel.DIGEST, 9);
        assertThatThrownBy(() -> signedIn.run(t.owner, () -> notifications.savePreferences(read)))
                .as("saved meanwhile in another tab").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signedIn.run(t.owner, () -> notifications.savePreferences(
                new NotificationPreferences(Map.of(), 24, signedIn.as(t.owner, () -> notifications.preferences())
                        .version())))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theScansTellAssigneesOfDueAndOverdueCardsAndTheTeamOfTomorrowsEventOnceEach() {
        Team t = team();
        // Mid-morning in Seoul, so that "today" and "tomorrow" stay the same while the test moves the clock on.
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
        clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(10, 0).atZone(now.getZone())));
        LocalDate today = LocalDate.now(clock);
        List<Long> cards = signedIn.as(t.owner, () -> planning.board(t.id)).columns().get(0).cards().stream()
                .map(c -> c.id()).toList();
        assign(t, cards.get(0), today.plusDays(2), t.planner);
        assign(t, cards.get(1), today.minusDays(3), t.planner);
        assign(t, cards.get(2), today.plusDays(5), t.planner);
        long event = signedIn.as(t.owner, () -> schedule.create(t.id, EventDraft.allDay("현장 답사",
                EventType.MILESTONE, today.plusDays(1))));

        runJob(jobs::runScans);
        runJob(jobs::runScans);

        assertThat(inbox(t.planner, Kind.CARD_DUE)).singleElement()
                .satisfies(n -> assertThat(n.href()).endsWith("card=" + cards.get(0)));
        assertThat(inbox(t.planner, Kind.CARD_OVERDUE)).singleElement()
                .satisfies(n -> assertThat(n.href()).endsWith("card=" + cards.get(1)));
        assertThat(inbox(t.owner, Kind.CARD_DUE)).as("not assigned").isEmpty();
        for (String member : List.of(t.owner, t.planner)) {
            assertThat(inbox(member, Kind.EVENT_TOMORROW)).as(member).singleElement()
                    .satisfies(n -> assertThat(n.href()).isEqualTo("experiments/" + t.id + "/schedule?event=" + event));
        }
        // A partner guest sees only the events they attend or added, in the calendar and here alike.
        assertThat(inbox(t.guest, Kind.EVENT_TOMORROW)).isEmpty();
    }

    @Test
    void theDigestMailsOncePerPersonPerDayEvenWhenTwoNodesRunItAtOnceAndAgainAfterARestart() throws Exception {
        Team t = team();
        prefer(t.planner, Kind.MENTIONED, Channel.DIGEST, 0);
        long card = firstCard(t);
        signedIn.run(t.owner, () -> comments.comment(t.id, card, "@" + t.plannerName + " 내일까지 부탁해요"));
        signedIn.run(t.owner, () -> comments.comment(t.id, card, "@" + t.plannerName + " 하나 더"));
        assertThat(inbox(t.planner, Kind.MENTIONED)).hasSize(2);

        // Two "nodes" start the job at the same moment, against one database.
        clock.advance(Duration.ofHours(1));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(nodes.submit(() -> {
                start.await();
                return jobs.runDigests();
            }));
        }
        start.countDown();
        int ran = 0;
        for (Future<Boolean> r : runs) {
            ran += r.get() ? 1 : 0;
        }
        nodes.shutdown();
        assertThat(ran).as("one node ran the job").isEqualTo(1);
        dispatcher.dispatchDue();

        // A restart later the same day, and a node that skips the lock altogether: still nothing more.
        clock.advance(Duration.ofMinutes(40));
        runJob(jobs::runDigests);
        assertThat(digests.send(userId(t.planner), LocalDate.now(clock))).isFalse();
        dispatcher.dispatchDue();

        List<MimeMessage> mine = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(t.planner))
                .filter(m -> subject(m).startsWith("[실험장] 오늘의 알림")).toList();
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains("2");
            assertThat((String) m.getContent()).contains("https://silheomjang.test/experiments/" + t.id
                    + "/board?card=" + card).contains(t.ownerName);
        });
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(t.owner))
                .filter(m -> subject(m).startsWith("[실험장] 오늘의 알림")))
                .as("the owner wants no digest").isEmpty();
    }

    /**
     * The digest holds, like the inbox, only what the person may still open: made a guest, nothing only editors open;
     * removed, nothing of that experiment.
     */
    @Test
    void theDigestHoldsOnlyWhatThePersonMayStillOpen() throws Exception {
        Team t = team();
        prefer(t.planner, Kind.MENTIONED, Channel.DIGEST, 0);
        prefer(t.planner, Kind.CONSENT_WITHDRAWN, Channel.DIGEST, 0);
        long card = firstCard(t);
        LocalDate today = LocalDate.now(clock);
        signedIn.run(t.owner, () -> comments.comment(t.id, card, "@" + t.plannerName + " 확인 부탁해요"));
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.INTERVIEW, ConsentDecision.GIVEN, "메일",
                today));
        signedIn.run(t.owner, () -> consents.recordConsent(t.id, ConsentKind.INTERVIEW, ConsentDecision.WITHDRAWN,
                "메일", today));
        long plannerMember = signedIn.as(t.owner, () -> experiments.get(t.id)).members().stream()
                .filter(m -> m.userId() == userId(t.planner)).findFirst().orElseThrow().memberId();
        teams.changeRole(t.owner, t.id, plannerMember, MemberRole.PARTNER_GUEST);

        assertThat(digests.send(userId(t.planner), today)).isTrue();
        dispatcher.dispatchDue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m).equals(t.planner))
                .filter(m -> subject(m).startsWith("[실험장] 오늘의 알림"))).singleElement().satisfies(m -> {
                    assertThat(m.getSubject()).contains("1");
                    assertThat((String) m.getContent()).contains("/board?card=" + card)
                            .doesNotContain("tab=proposer");
                });

        signedIn.run(t.owner, () -> comments.comment(t.id, card, "@" + t.plannerName + " 하나 더"));
        assertThat(inbox(t.planner, Kind.MENTIONED)).as("a guest is told of mentions").hasSize(2);
        signedIn.run(t.owner, () -> experiments.removeMember(t.id, plannerMember));
        assertThat(digests.send(userId(t.planner), today.plusDays(1))).as("nothing left to tell").isFalse();
    }

    /** Runs a job as a node would, after any earlier run's lease (of another test) has passed. */
    private void runJob(java.util.function.BooleanSupplier job) {
        clock.advance(Duration.ofMinutes(31));
        assertThat(job.getAsBoolean()).isTrue();
    }

    private static String to(MimeMessage m) {
        try {
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SurveyDetails oneQuestionSurvey(Team t) {
        long sid = signedIn.as(t.owner, () -> surveys.create(t.id, "현장 설문"));
        SurveyDetails d = signedIn.as(t.owner, () -> surveys.get(t.id, sid));
        signedIn.run(t.owner, () -> surveys.save(t.id, sid, d.version(), new SurveyDraft("현장 설문", null, null,
                List.of(new SurveyQuestion(null, QuestionType.SHORT_TEXT, "소감", List.of(), true)))));
        return signedIn.as(t.owner, () -> surveys.get(t.id, sid));
    }
}
