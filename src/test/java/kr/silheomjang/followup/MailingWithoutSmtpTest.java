package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.experiment.MemberRole;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/** Without a mail server the page can say so, sending is refused, and the recipients come as CSV instead. */
@SpringBootTest
@ActiveProfiles("test")
class MailingWithoutSmtpTest {

    @Autowired
    MailingService mailings;
    @Autowired
    ParticipantService participants;
    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Teams teams;

    @Test
    void withoutSmtpSendingIsRefusedAndTheRecipientsComeAsCsv() {
        String owner = "w" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "소유자", Teams.PASSWORD);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("메일 없는 실험장")));
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("=김참석").toBuilder()
                .email("kim@example.kr").group(ParticipantGroup.PARTICIPANT).status(AttendanceStatus.ATTENDED)
                .build()));
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, java.util.Locale.KOREAN));
        assertThat(signedIn.as(owner, () -> mailings.mailConfigured(id))).isFalse();
        assertThatThrownBy(() -> signedIn.run(owner, () -> mailings.send(id, mailingId, 0)))
                .isInstanceOf(UserFacingException.class).hasMessage("mail.error.notConfigured");
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sent()).as("nothing half-saved").isFalse();

        String csv = new String(
                signedIn.as(owner, () -> mailings.recipientsCsv(id, mailingId, java.util.Locale.KOREAN)),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF이름,이메일");
        // The shared writer neutralises a formula in a name.
        assertThat(csv).contains("'=김참석,kim@example.kr").contains("=김참석님, 안녕하세요.");
        // Group and status in words under the Korean headers, not as codes.
        assertThat(csv).contains("kim@example.kr,참여자,참석,").doesNotContain("PARTICIPANT").doesNotContain("ATTENDED");
    }

    @Test
    void aMailingSentByHandFromTheCsvIsRecordedOncePerPersonAndNeverSentByTheApp() {
        String owner = "h" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "소유자", Teams.PASSWORD);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("손으로 보낸 실험장")));
        for (String name : new String[] {"김참석", "이참석"}) {
            signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named(name).toBuilder()
                    .email(name.hashCode() + "@example.kr").group(ParticipantGroup.PARTICIPANT)
                    .status(AttendanceStatus.ATTENDED).build()));
        }
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named("박주소없음").toBuilder()
                .group(ParticipantGroup.PARTICIPANT).status(AttendanceStatus.ATTENDED).build()));
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, java.util.Locale.KOREAN));
        long version = signedIn.as(owner, () -> mailings.get(id, mailingId)).version();

        var first = signedIn.as(owner, () -> mailings.markSentByHand(id, mailingId, version));
        var again = signedIn.as(owner, () -> mailings.markSentByHand(id, mailingId, version));

        assertThat(first.queued()).isEqualTo(2);
        assertThat(again.queued()).as("a double click records nobody twice").isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sent()).isTrue();
        assertThat(signedIn.as(owner, () -> mailings.wasSent(id, MailTemplate.THANKS))).isTrue();
        var counts = signedIn.as(owner, () -> mailings.deliveryCounts(id, mailingId));
        assertThat(counts.of(kr.silheomjang.mail.DeliveryStatus.SENT_BY_HAND)).isEqualTo(2);
        assertThat(counts.sent()).isEqualTo(2);
        assertThat(counts.pending()).as("nothing waits for the app to send it").isZero();
        assertThat(signedIn.as(owner, () -> mailings.deliveries(id, mailingId, 0, 10)))
                .allSatisfy(d -> assertThat(d.sentAt()).isNotNull());
    }

    @Test
    void partnerGuestsSeeNoMailingsNorAddresses() {
        String owner = "w" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "소유자", Teams.PASSWORD);
        String guest = "g" + System.nanoTime() + "@test.kr";
        accounts.createAccount(guest, "협력기관", Teams.PASSWORD);
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("메일 없는 실험장")));
        teams.join(owner, id, guest, MemberRole.PARTNER_GUEST);
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, java.util.Locale.KOREAN));
        assertThatThrownBy(() -> signedIn.run(guest, () -> mailings.list(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(guest, () -> mailings.recipientsCsv(id, mailingId, java.util.Locale.KOREAN)))
                .isInstanceOf(AccessDeniedException.class);
        // The stage checklist is every member's: a guest may ask whether thanks went out.
        assertThat(signedIn.as(guest, () -> mailings.wasSent(id, MailTemplate.THANKS))).isFalse();
    }
}
