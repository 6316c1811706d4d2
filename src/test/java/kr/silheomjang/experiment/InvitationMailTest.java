package kr.silheomjang.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;

import kr.silheomjang.mail.OptOutService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.SignedIn;

/**
 * With mail configured (GreenMail), an invitation proves the address: the link goes through the outbox to the invited
 * mailbox only, and the inviter never sees it.
 */
class InvitationMailTest extends MailTestSupport {

    private static final Pattern INVITE = Pattern.compile("https://silheomjang\\.test/invite/([A-Za-z0-9_-]{43})");
    private static final Pattern OPT_OUT = Pattern.compile("https://silheomjang\\.test/mail/opt-out/([A-Za-z0-9_-]{43})");

    @Autowired
    InvitationService invitations;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    OptOutService optOuts;
    @Autowired
    SignedIn signedIn;

    @Test
    void theLinkGoesOnlyToTheInvitedMailboxAndWorksFromThere() throws Exception {
        String owner = "mail-owner-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "메일 주인", "password-m1");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("메일 초대 실험장")));
        String invitee = "mailed-" + System.nanoTime() + "@test.kr";

        IssuedInvitation issued = signedIn.as(owner, () -> invitations.invite(id, invitee, MemberRole.PLANNER));
        assertThat(issued.mailed()).isTrue();
        assertThat(issued.link()).as("the inviter must not see a mailed link").isNull();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(invitee);
        assertThat(received[0].getSubject()).contains("메일 초대 실험장");
        Matcher link = INVITE.matcher((String) received[0].getContent());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        InvitationPreview preview = invitations.preview(token);
        assertThat(preview.status()).isEqualTo(InvitationPreview.Status.VALID);
        assertThat(preview.email()).isEqualTo(invitee);
        invitations.acceptWithNewAccount(token, "메일로 온 사람", "password-n1", "password-n1");
        assertThat(signedIn.as(invitee, () -> experiments.get(id)).myRole()).isEqualTo(MemberRole.PLANNER);

        // A second invitation mails again (another invitation, another key), never twice for one.
        String second = "second-" + System.nanoTime() + "@test.kr";
        signedIn.run(owner, () -> invitations.invite(id, second, MemberRole.PARTNER_GUEST));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void anAddressThatOptedOutIsNotInvitedSilently() throws Exception {
        String owner = "optout-owner-" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "주인", "password-m2");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("수신 거부 실험장")));
        String invitee = "optout-" + System.nanoTime() + "@test.kr";
        signedIn.run(owner, () -> invitations.invite(id, invitee, MemberRole.PLANNER));
        dispatcher.dispatchDue();
        Matcher optOut = OPT_OUT.matcher((String) SMTP.getReceivedMessages()[0].getContent());
        assertThat(optOut.find()).isTrue();
        optOuts.optOut(optOut.group(1));

        assertThatThrownBy(() -> signedIn.run(owner, () -> invitations.invite(id, invitee, MemberRole.PLANNER)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("error.invite.optedOut"));
    }
}
