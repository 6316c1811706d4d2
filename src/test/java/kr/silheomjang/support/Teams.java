package kr.silheomjang.support;

import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.InvitationService;
import kr.silheomjang.experiment.MemberRole;

/** Builds planning teams for tests the way users do: the owner invites, the invitee accepts the link. */
@Component
public class Teams {

    /** The password every test account is created with. */
    public static final String PASSWORD = "password-123";

    private final SignedIn signedIn;
    private final InvitationService invitations;
    private final ExperimentService experiments;

    Teams(SignedIn signedIn, InvitationService invitations, ExperimentService experiments) {
        this.signedIn = signedIn;
        this.invitations = invitations;
        this.experiments = experiments;
    }

    /** {@code owner} changes a member's role from the team list as they see it now (its version). */
    public void changeRole(String owner, long experimentId, long memberId, MemberRole role) {
        signedIn.run(owner, () -> experiments.changeRole(experimentId, memberId, experiments.get(experimentId)
                .members().stream().filter(m -> m.memberId() == memberId).findFirst().orElseThrow().version(), role));
    }

    /** {@code invitee} (an existing account with {@link #PASSWORD}) joins the experiment with the given role. */
    public void join(String owner, long experimentId, String invitee, MemberRole role) {
        String link = signedIn.as(owner, () -> invitations.invite(experimentId, invitee, role).link());
        signedIn.run(invitee, () -> invitations.acceptAsSignedIn(link.substring(link.lastIndexOf('/') + 1)));
    }

    /**
     * A new person joins through the invitation with a new account (password {@link #PASSWORD}); returns their
     * address. Someone who comes in this way as a partner guest has a guest-only account.
     */
    public String joinWithNewAccount(String owner, long experimentId, String displayName, MemberRole role) {
        String invitee = "n" + System.nanoTime() + "@test.kr";
        String link = signedIn.as(owner, () -> invitations.invite(experimentId, invitee, role).link());
        invitations.acceptWithNewAccount(link.substring(link.lastIndexOf('/') + 1), displayName, PASSWORD, PASSWORD);
        return invitee;
    }
}
