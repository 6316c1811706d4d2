package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.collab.WorkspaceLive;
import kr.silheomjang.collab.LiveUpdateBus;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.NotFoundOrDeniedException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;

@SpringBootTest
@ActiveProfiles("test")
class ExperimentServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ExperimentService experiments;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;
    @Autowired
    LiveUpdateBus bus;
    @Autowired
    SignedIn signedIn;
    @Autowired
    kr.silheomjang.support.Teams teams;

    String ownerA;
    String guestA;
    String ownerB;
    long experimentA;
    long experimentB;

    @BeforeEach
    void twoExperimentsWithSeparateTeams() {
        String run = Long.toString(System.nanoTime());
        ownerA = "owner-a-" + run + "@test.kr";
        guestA = "guest-a-" + run + "@test.kr";
        ownerB = "owner-b-" + run + "@test.kr";
        accounts.createAccount(ownerA, "에이 소유자", "password-a1");
        accounts.createAccount(ownerB, "비 소유자", "password-b1");
        experimentA = signedIn.as(ownerA, () -> experiments.create(Drafts.valid("A 실험장")));
        experimentB = signedIn.as(ownerB, () -> experiments.create(Drafts.valid("B 실험장")));
        String link = signedIn.as(ownerA,
                () -> invitations.invite(experimentA, guestA, MemberRole.PARTNER_GUEST).link());
        invitations.acceptWithNewAccount(tokenOf(link), "협력 게스트", "password-g1", "password-g1");
    }

    static String tokenOf(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void creatorBecomesOwnerAndSeesTheExperimentWithItsQuestions() {
        ExperimentDetails details = signedIn.as(ownerA, () -> experiments.get(experimentA));
        assertThat(details.title()).isEqualTo("A 실험장");
        assertThat(details.myRole()).isEqualTo(MemberRole.OWNER);
        assertThat(details.stage()).isEqualTo(Stage.TOPIC_SELECTION);
        assertThat(details.questions()).extracting(QuestionView::text)
                .containsExactly("플라스틱 빨대를 안쓰는 것만으로도 환경에 도움을 줄까?");
        assertThat(details.members()).extracting(MemberView::role)
                .containsExactlyInAnyOrder(MemberRole.OWNER, MemberRole.PARTNER_GUEST);
    }

    @Test
    void invalidDraftIsRefusedWithEveryProblemAndNothingIsSaved() {
        ExperimentDraft bad = Drafts.valid("");
        bad.setEventDate(bad.getPlanningStart().minusDays(1));
        bad.setProposalUrl("javascript:alert(1)");
        bad.setQuestions(List.of("  "));
        int before = signedIn.as(ownerA, () -> experiments.countMine(true));

        assertThatThrownBy(() -> signedIn.run(ownerA, () -> experiments.create(bad)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "error.title.required", "error.proposalUrl.invalid", "error.eventDate.beforePlanningStart",
                        "error.questions.required"));
        assertThat(signedIn.as(ownerA, () -> experiments.countMine(true))).isEqualTo(before);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void datesFarFromTodayAreRefusedButAnOldExperimentsStoredDateStaysEditable() {
        java.time.LocalDate today = java.time.LocalDate.now(kr.silheomjang.Application.ZONE);
        ExperimentDraft far = Drafts.valid("먼 날짜");
        far.setPlanningStart(today.minusYears(11));
        far.setEventDate(today.plusYears(6));
        far.setFollowUpEnd(java.time.LocalDate.of(9999, 12, 31));
        int before = signedIn.as(ownerA, () -> experiments.countMine(true));
        assertThatThrownBy(() -> signedIn.run(ownerA, () -> experiments.create(far)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "error.planningStart.outOfRange", "error.eventDate.outOfRange",
                        "error.followUpEnd.outOfRange"));
        assertThat(signedIn.as(ownerA, () -> experiments.countMine(true))).isEqualTo(before);

        ExperimentDraft edge = Drafts.valid("가장자리 날짜");
        edge.setPlanningStart(today.minusYears(10));
        edge.setEventDate(today.plusYears(5).minusDays(1));
        edge.setFollowUpEnd(today.plusYears(5));
        long id = signedIn.as(ownerA, () -> experiments.create(edge));

        // An experiment whose start was entered long ago: its stored date stays, a new far one does not.
        jdbc.update("update experiment set planning_start = ? where id = ?", today.minusYears(12), id);
        ExperimentDetails old = signedIn.as(ownerA, () -> experiments.get(id));
        ExperimentDraft renamed = old.toDraft();
        renamed.setTitle("이름만 바꿈");
        signedIn.run(ownerA, () -> experiments.update(id, old.version(), renamed));
        ExperimentDetails renamedSeen = signedIn.as(ownerA, () -> experiments.get(id));
        ExperimentDraft moved = renamedSeen.toDraft();
        moved.setPlanningStart(today.minusYears(13));
        assertThatThrownBy(() -> signedIn.run(ownerA, () -> experiments.update(id, renamedSeen.version(), moved)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("error.planningStart.outOfRange"));
        assertThat(signedIn.as(ownerA, () -> experiments.get(id)).planningStart()).isEqualTo(today.minusYears(12));
    }

    @Test
    void aPartnerGuestOfAReachesNothingOfB() {
        List<ExperimentSummary> visible = signedIn.as(guestA, () -> experiments.listMine(true, 0, 50));
        assertThat(visible).extracting(ExperimentSummary::id).containsExactly(experimentA);

        ExperimentDetails b = signedIn.as(ownerB, () -> experiments.get(experimentB));
        assertDenied(() -> experiments.get(experimentB));
        assertDenied(() -> experiments.activity(experimentB, 0, 10));
        assertDenied(() -> experiments.countActivity(experimentB));
        assertDenied(() -> experiments.update(experimentB, b.version(), Drafts.valid("탈취")));
        assertDenied(() -> experiments.moveStage(experimentB, b.version(), Stage.PLANNING));
        assertDenied(() -> experiments.setArchived(experimentB, b.version(), true));
        assertDenied(() -> experiments.removeMember(experimentB, b.members().get(0).memberId()));
        assertDenied(() -> invitations.invite(experimentB, "x@test.kr", MemberRole.PLANNER));
        assertDenied(() -> invitations.pending(experimentB));

        ExperimentDetails unchanged = signedIn.as(ownerB, () -> experiments.get(experimentB));
        assertThat(unchanged.title()).isEqualTo("B 실험장");
        assertThat(unchanged.version()).isEqualTo(b.version());
    }

    private void assertDenied(Runnable call) {
        assertThatThrownBy(() -> signedIn.run(guestA, call)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPartnerGuestReadsButCannotEditTheirOwnExperiment() {
        ExperimentDetails a = signedIn.as(guestA, () -> experiments.get(experimentA));
        assertThat(a.myRole()).isEqualTo(MemberRole.PARTNER_GUEST);
        assertThatThrownBy(() -> signedIn.run(guestA, () -> experiments.update(experimentA, a.version(),
                Drafts.valid("바꿈")))).isInstanceOf(AccessDeniedException.class)
                .isNotInstanceOf(NotFoundOrDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guestA, () -> experiments.moveStage(experimentA, a.version(),
                Stage.PLANNING))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGuestWhoseMembershipWasRemovedStillCannotStartExperiments() {
        ExperimentDetails a = signedIn.as(ownerA, () -> experiments.get(experimentA));
        long guestMember = a.members().stream().filter(m -> m.role() == MemberRole.PARTNER_GUEST).findFirst()
                .orElseThrow().memberId();
        signedIn.run(ownerA, () -> experiments.removeMember(experimentA, guestMember));
        assertThat(signedIn.as(guestA, () -> experiments.countMine(true))).isZero();
        assertThat(signedIn.as(guestA, () -> experiments.canCreate())).isFalse();
        assertThatThrownBy(() -> signedIn.run(guestA, () -> experiments.create(Drafts.valid("탈퇴 게스트의 실험장"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(guestA, () -> experiments.countMine(true))).isZero();
    }

    @Test
    void aGuestMadePlannerMayStartExperimentsFromThenOn() {
        ExperimentDetails a = signedIn.as(ownerA, () -> experiments.get(experimentA));
        long guestMember = a.members().stream().filter(m -> m.role() == MemberRole.PARTNER_GUEST).findFirst()
                .orElseThrow().memberId();
        teams.changeRole(ownerA, experimentA, guestMember, MemberRole.PLANNER);
        teams.changeRole(ownerA, experimentA, guestMember, MemberRole.PARTNER_GUEST);
        assertThat(signedIn.as(guestA, () -> experiments.canCreate())).isTrue();
    }

    @Test
    void aTeamMemberInvitedAsAGuestElsewhereKeepsStartingExperiments() {
        String link = signedIn.as(ownerB, () -> invitations.invite(experimentB, ownerA, MemberRole.PARTNER_GUEST)
                .link());
        signedIn.run(ownerA, () -> invitations.acceptAsSignedIn(tokenOf(link)));
        assertThat(signedIn.as(ownerA, () -> experiments.canCreate())).isTrue();
    }

    @Test
    void aGuestOnlyAccountCannotStartExperimentsButTeamMembersCan() {
        assertThat(signedIn.as(guestA, () -> experiments.canCreate())).isFalse();
        assertThatThrownBy(() -> signedIn.run(guestA, () -> experiments.create(Drafts.valid("게스트의 실험장"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(guestA, () -> experiments.countMine(true))).isEqualTo(1);
        assertThat(signedIn.as(ownerA, () -> experiments.canCreate())).isTrue();
    }

    @Test
    void servicesAreGuardedByTheApplicationsPreAuthorizeCheckAlone() {
        // Its advisor and no other authorization advisor (Spring Security's default one would decide the same twice).
        Advisor ours = context.getBean("preAuthorizeAdvisor", Advisor.class);
        assertThat(((Advised) experiments).getAdvisors()).filteredOn(a -> a instanceof AuthorizationAdvisor)
                .containsExactly(ours);
    }

    @Test
    void anonymousCallersAreRejected() {
        assertThatThrownBy(() -> experiments.get(experimentA))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // Signed in as nobody (an anonymous token, as a public page's request has): refused as well.
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        assertThatThrownBy(() -> signedIn.as(anonymous, () -> experiments.get(experimentA)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleSaveIsRefusedAndNamesWhoChangedIt() {
        ExperimentDetails seen = signedIn.as(ownerA, () -> experiments.get(experimentA));
        signedIn.run(ownerA, () -> experiments.update(experimentA, seen.version(), Drafts.valid("먼저 저장")));

        assertThatThrownBy(() -> signedIn.run(ownerA, () -> experiments.update(experimentA, seen.version(),
                Drafts.valid("나중 저장"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("에이 소유자"));
        assertThat(signedIn.as(ownerA, () -> experiments.get(experimentA)).title()).isEqualTo("먼저 저장");
    }

    @Test
    void stageMovesAreRecordedInTheActivityFeed() {
        ExperimentDetails seen = signedIn.as(ownerA, () -> experiments.get(experimentA));
        signedIn.run(ownerA, () -> experiments.moveStage(experimentA, seen.version(), Stage.PLANNING, "먼저 기획"));

        List<ActivityView> feed = signedIn.as(guestA, () -> experiments.activity(experimentA, 0, 10));
        assertThat(feed.get(0).action()).isEqualTo(ActivityAction.STAGE_CHANGED);
        // Moved on past open items (the proposer's consent): they and the reason are recorded too.
        assertThat(feed.get(0).detail()).startsWith("TOPIC_SELECTION>PLANNING|").endsWith("|먼저 기획");
        assertThat(feed.get(0).actorName()).isEqualTo("에이 소유자");
        assertThat(signedIn.as(ownerA, () -> experiments.get(experimentA)).stage()).isEqualTo(Stage.PLANNING);
    }

    @Test
    void changesAreAnnouncedAfterCommitAndRefusalsAreNot() throws Exception {
        List<LiveUpdate> heard = new CopyOnWriteArrayList<>();
        try (var subscription = bus.subscribe(experimentA, heard::add)) {
            ExperimentDetails seen = signedIn.as(ownerA, () -> experiments.get(experimentA));
            assertThatThrownBy(() -> signedIn.run(ownerA,
                    () -> experiments.update(experimentA, seen.version(), Drafts.valid(""))))
                    .isInstanceOf(UserFacingException.class);
            TimeUnit.MILLISECONDS.sleep(200);
            assertThat(heard).isEmpty();

            signedIn.run(ownerA, () -> experiments.update(experimentA, seen.version(), Drafts.valid("새 이름")));
            awaitUntil(() -> heard.stream().anyMatch(u -> u.kind().equals(WorkspaceLive.EXPERIMENT)));
            assertThat(heard).extracting(LiveUpdate::kind).contains(WorkspaceLive.ACTIVITY);
        }
    }

    @Test
    void aRemovedMemberLosesAccessAtOnce() {
        ExperimentDetails a = signedIn.as(ownerA, () -> experiments.get(experimentA));
        long guestMember = a.members().stream().filter(m -> m.role() == MemberRole.PARTNER_GUEST).findFirst()
                .orElseThrow().memberId();
        signedIn.run(ownerA, () -> experiments.removeMember(experimentA, guestMember));
        assertThatThrownBy(() -> signedIn.run(guestA, () -> experiments.get(experimentA)))
                .isInstanceOf(NotFoundOrDeniedException.class);
        assertThat(signedIn.as(guestA, () -> experiments.countMine(true))).isZero();
    }

    @Test
    void theLastOwnerCannotBeRemovedOrDemoted() {
        ExperimentDetails a = signedIn.as(ownerA, () -> experiments.get(experimentA));
        MemberView owner = a.members().stream().filter(m -> m.role() == MemberRole.OWNER).findFirst()
                .orElseThrow();
        long ownerMember = owner.memberId();
        assertThatThrownBy(() -> signedIn.run(ownerA, () -> experiments.removeMember(experimentA, ownerMember)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.member.lastOwner"));
        assertThatThrownBy(() -> signedIn.run(ownerA,
                () -> experiments.changeRole(experimentA, ownerMember, owner.version(), MemberRole.PLANNER)))
                .isInstanceOf(UserFacingException.class);
    }

    static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    @Test
    void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
        String link = signedIn.as(ownerA, () -> invitations.invite(experimentA, ownerB, MemberRole.PLANNER).link());
        signedIn.as(ownerB, () -> invitations.acceptAsSignedIn(tokenOf(link)));
        long a = memberId("에이 소유자");
        long b = memberId("비 소유자");
        teams.changeRole(ownerA, experimentA, b, MemberRole.OWNER);
        // Without the lock both would count two owners; repeated, so that the two calls overlap.
        for (int round = 0; round < 8; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Throwable> refused = new CopyOnWriteArrayList<>();
            Thread first = Thread.ofPlatform().start(() -> demote(start, ownerA, b, refused));
            Thread second = Thread.ofPlatform().start(() -> demote(start, ownerB, a, refused));
            first.join();
            second.join();
            List<MemberView> owners = signedIn.as(ownerA, () -> experiments.get(experimentA)).members().stream()
                    .filter(m -> m.role() == MemberRole.OWNER).toList();
            assertThat(owners).as("owners after round %d", round).hasSize(1);
            // Refused as the last owner, or as no longer an owner when the other call came first.
            assertThat(refused).as("one of the two is refused").singleElement()
                    .isInstanceOfAny(UserFacingException.class, AccessDeniedException.class);
            // Both owners again for the next round.
            boolean aKept = owners.getFirst().displayName().equals("에이 소유자");
            teams.changeRole(aKept ? ownerA : ownerB, experimentA, aKept ? b : a, MemberRole.OWNER);
        }
    }

    @Test
    void aRoleChangedMeanwhileByAnotherOwnerIsAConflictNamingThemAndIsKept() {
        String link = signedIn.as(ownerA, () -> invitations.invite(experimentA, ownerB, MemberRole.PLANNER).link());
        signedIn.as(ownerB, () -> invitations.acceptAsSignedIn(tokenOf(link)));
        teams.changeRole(ownerA, experimentA, memberId("비 소유자"), MemberRole.OWNER);
        String plannerAddress = "planner-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(plannerAddress, "씨 기획", "password-c1");
        String plannerLink = signedIn.as(ownerA,
                () -> invitations.invite(experimentA, plannerAddress, MemberRole.PLANNER).link());
        signedIn.as(plannerAddress, () -> invitations.acceptAsSignedIn(tokenOf(plannerLink)));
        long planner = memberId("씨 기획");
        // Both owners have the team list open with her version.
        long shown = signedIn.as(ownerB, () -> experiments.get(experimentA)).members().stream()
                .filter(m -> m.memberId() == planner).findFirst().orElseThrow().version();

        signedIn.run(ownerA, () -> experiments.changeRole(experimentA, planner, shown, MemberRole.OWNER));
        assertThatThrownBy(() -> signedIn.run(ownerB,
                () -> experiments.changeRole(experimentA, planner, shown, MemberRole.PARTNER_GUEST)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("에이 소유자");
                    assertThat(e.changedAt()).isNotNull();
                });
        MemberView now = signedIn.as(ownerB, () -> experiments.get(experimentA)).members().stream()
                .filter(m -> m.memberId() == planner).findFirst().orElseThrow();
        assertThat(now.role()).isEqualTo(MemberRole.OWNER);

        // With the version now shown, the change goes through.
        signedIn.run(ownerB, () -> experiments.changeRole(experimentA, planner, now.version(),
                MemberRole.PARTNER_GUEST));
        assertThat(signedIn.as(ownerB, () -> experiments.get(experimentA)).members().stream()
                .filter(m -> m.memberId() == planner).findFirst().orElseThrow().role())
                .isEqualTo(MemberRole.PARTNER_GUEST);
    }

    private long memberId(String displayName) {
        return signedIn.as(ownerA, () -> experiments.get(experimentA)).members().stream()
                .filter(m -> m.displayName().equals(displayName)).findFirst().orElseThrow().memberId();
    }

    private void demote(CyclicBarrier start, String who, long memberId, List<Throwable> refused) {
        try {
            long version = signedIn.as(who, () -> experiments.get(experimentA)).members().stream()
                    .filter(m -> m.memberId() == memberId).findFirst().orElseThrow().version();
            start.await(10, TimeUnit.SECONDS);
            signedIn.run(who, () -> experiments.changeRole(experimentA, memberId, version, MemberRole.PLANNER));
        } catch (Throwable t) {
            refused.add(t);
        }
    }
}
