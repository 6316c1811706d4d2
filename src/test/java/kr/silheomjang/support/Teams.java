package kr.silheomjang.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    /** The invitation token in a mailed invitation's text. */
    private static final Pattern MAILED_TOKEN = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    Teams(SignedIn signedIn, InvitationService invitations, ExperimentService experiments, JdbcTemplate jdbc) {
        this.signedIn = signedIn;
        this.invitations = invitations;
        this.experiments = experiments;
        this.jdbc = jdbc;
    }

    /** {@code owner} changes a member's role from the team list as they see it now (its version). */
    public void changeRole(String owner, long experimentId, long memberId, MemberRole role) {
        signedIn.run(owner, () -> experiments.changeRole(experimentId, memberId, experiments.get(experimentId)
                .members().stream().filter(m -> m.memberId() == memberId).findFirst().orElseThrow().version(), role));
    }

    /** {@code invitee} (an existing account with {@link #PASSWORD}) joins the experiment with the given role. */
    public void join(String owner, long experimentId, String invitee, MemberRole role) {
        String token = invite(owner, experimentId, invitee, role);
        signedIn.run(invitee, () -> invitations.acceptAsSignedIn(token));
    }

    /**
     * A new person joins through the invitation with a new account (password {@link #PASSWORD}); returns their
     * address. Someone who comes in this way as a partner guest has a guest-only account.
     */
    public String joinWithNewAccount(String owner, long experimentId, String displayName, MemberRole role) {
        String invitee = "n" + System.nanoTime() + "@test.kr";
        invitations.acceptWithNewAccount(invite(owner, experimentId, invitee, role), displayName, PASSWORD, PASSWORD);
        return invitee;
    }

    /**
     * Invites and returns the invitation's token: from the link shown to the owner, or, with a mail server (where the
     * owner sees no link), from the mail in the outbox.
     */
    private String invite(String owner, long experimentId, String invitee, MemberRole role) {
        String link = signedIn.as(owner, () -> invitations.invite(experimentId, invitee, role).link());
        if (link == null) {
            String mail = jdbc.queryForObject("select body_text from mail_message where recipient = ?"
                    + " and batch_key = ? order by id desc limit 1", String.class, invitee,
                    "invitation:" + experimentId);
            Matcher token = MAILED_TOKEN.matcher(mail);
            if (!token.find()) {
                throw new AssertionError("no invitation link in the mail to " + invitee);
            }
            return token.group(1);
        }
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
