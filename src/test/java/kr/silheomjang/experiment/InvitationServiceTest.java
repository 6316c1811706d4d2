package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MutableClock;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.TestClockConfig;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class InvitationServiceTest {

    @Autowired
    kr.silheomjang.support.Passwords passwords;
    @Autowired
    InvitationService invitations;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    MutableClock clock;

    String owner;
    long experiment;

    @BeforeEach
    void anExperiment() {
        owner = "inv-owner-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "초대하는 사람", "password-o1");
        experiment = signedIn.as(owner, () -> experiments.create(Drafts.valid("초대 실험장")));
    }

    private String invite(String email, MemberRole role) {
        String link = signedIn.as(owner, () -> invitations.invite(experiment, email, role).link());
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void anInviteeSetsAPasswordAndSeesThatExperimentOnly() {
        String email = "new-" + System.nanoTime() + "@test.kr";
        String token = invite(email, MemberRole.PLANNER);
        InvitationPreview preview = invitations.preview(token);
        assertThat(preview.status()).isEqualTo(InvitationPreview.Status.VALID);
        assertThat(preview.experimentTitle()).isEqualTo("초대 실험장");
        assertThat(preview.accountExists()).isFalse();

        invitations.acceptWithNewAccount(token, "새 기획자", "password-n1", "password-n1");

        assertThat(passwords.matches(email, "password-n1")).isTrue();
        assertThat(signedIn.as(email, () -> experiments.listMine(true, 0, 10)))
                .extracting(ExperimentSummary::id).containsExactly(experiment);
        assertThat(signedIn.as(email, () -> experiments.get(experiment)).myRole()).isEqualTo(MemberRole.PLANNER);
    }

    @Test
    void aLinkWorksOnlyOnce() {
        String email = "once-" + System.nanoTime() + "@test.kr";
        String token = invite(email, MemberRole.PARTNER_GUEST);
        invitations.acceptWithNewAccount(token, "한 번", "password-x1", "password-x1");

        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.USED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "두 번", "password-x2", "password-x2"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.invite.unusable"));
    }

    @Test
    void anExpiredOrRevokedLinkIsRefused() {
        String late = invite("late-" + System.nanoTime() + "@test.kr", MemberRole.PLANNER);
        clock.advance(InvitationService.VALIDITY.plus(Duration.ofMinutes(1)));
        assertThat(invitations.preview(late).status()).isEqualTo(InvitationPreview.Status.EXPIRED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(late, "늦음", "password-l1", "password-l1"))
                .isInstanceOf(UserFacingException.class);

        String revokedEmail = "revoked-" + System.nanoTime() + "@test.kr";
        String revoked = invite(revokedEmail, MemberRole.PLANNER);
        long id = signedIn.as(owner, () -> invitations.pending(experiment)).stream()
                .filter(i -> i.email().equals(revokedEmail)).findFirst().orElseThrow().id();
        signedIn.run(owner, () -> invitations.revoke(experiment, id));
        assertThat(invitations.preview(revoked).status()).isEqualTo(InvitationPreview.Status.INVALID);
        assertThat(accounts.findByEmail(revokedEmail)).isEmpty();
    }

    /** A closed experiment is read-only: its pending invitations end with it, and their links say why. */
    @Test
    void closingTheExperimentEndsItsPendingInvitations() {
        String email = "closed-" + System.nanoTime() + "@test.kr";
        String token = invite(email, MemberRole.PLANNER);
        signedIn.run(owner, () -> experiments.close(experiment, experiments.get(experiment).version()));

        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.CLOSED);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "늦은 사람", "password-c1", "password-c1"))
                .isInstanceOf(UserFacingException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(signedIn.as(owner, () -> invitations.pending(experiment))).isEmpty();
    }

    @Test
    void aFailedAcceptanceLeavesNoAccountBehind() {
        String email = "half-" + System.nanoTime() + "@test.kr";
        String token = invite(email, MemberRole.PLANNER);
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "짧음", "short", "short"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).contains("error.password.tooShort"));
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.VALID);
    }

    @Test
    void anExistingAccountJoinsSignedInWithOneCallAndNoPassword() {
        String email = "existing-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, "기존 사용자", "password-e1");
        IssuedInvitation issued = signedIn.as(owner, () -> invitations.invite(experiment, email,
                MemberRole.PARTNER_GUEST));
        assertThat(issued.accountExists()).isTrue();
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);
        assertThat(invitations.preview(token).accountExists()).isTrue();

        // The link alone cannot make the account a member: there is no password check to guess against.
        assertThatThrownBy(() -> invitations.acceptWithNewAccount(token, "가로채기", "password-x1", "password-x1"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.invite.signInFirst"));
        assertThatThrownBy(() -> invitations.acceptAsSignedIn(token))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        // Someone else signed in (e.g. the inviter holding the link) cannot take it.
        assertThatThrownBy(() -> signedIn.run(owner, () -> invitations.acceptAsSignedIn(token)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.invite.otherAccount"));
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.VALID);

        long joined = signedIn.as(email, () -> invitations.acceptAsSignedIn(token));
        assertThat(joined).isEqualTo(experiment);
        assertThat(signedIn.as(email, () -> experiments.get(experiment)).myRole())
                .isEqualTo(MemberRole.PARTNER_GUEST);
        assertThat(invitations.preview(token).status()).isEqualTo(InvitationPreview.Status.USED);
        assertThat(passwords.matches(email, "password-e1")).isTrue();
    }

    @Test
    void onlyOwnersInviteAndOnlyAsPlannerOrGuest() {
        String planner = "planner-" + System.nanoTime() + "@test.kr";
        invitations.acceptWithNewAccount(invite(planner, MemberRole.PLANNER), "기획자", "password-p1", "password-p1");
        assertThatThrownBy(() -> signedIn.run(planner,
                () -> invitations.invite(experiment, "x-" + System.nanoTime() + "@test.kr", MemberRole.PLANNER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invite("y@test.kr", MemberRole.OWNER)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> invite("not-an-email", MemberRole.PLANNER))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.email.invalid"));
        assertThatThrownBy(() -> invite(planner, MemberRole.PARTNER_GUEST))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.invite.alreadyMember"));
    }

    @Test
    void onlyTheTokenHashIsStored() {
        String token = invite("hash-" + System.nanoTime() + "@test.kr", MemberRole.PLANNER);
        assertThat(InvitationService.hash(token)).hasSize(64).isNotEqualTo(token);
    }
}
