package kr.silheomjang.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.mail.Delivery;
import kr.silheomjang.mail.DeliveryStatus;
import kr.silheomjang.mail.MailLive;
import kr.silheomjang.mail.OptOutService;
import kr.silheomjang.mail.internal.Tokens;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ParticipantDraft;
import kr.silheomjang.people.ParticipantGroup;
import kr.silheomjang.people.ParticipantService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.shared.ConflictException;
import kr.silheomjang.shared.UserFacingException;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.SignedIn;
import kr.silheomjang.support.Teams;

/**
 * Mailings against a real SMTP server (GreenMail): segments reach only people with an address who did not opt out,
 * merge fields are filled per recipient, a double send and a restart mail everyone once, a test goes to oneself; an
 * address opting out (or back in) is announced to the experiments whose mailings count it.
 */
@RecordApplicationEvents
class MailingServiceTest extends MailTestSupport {

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
    JdbcTemplate jdbc;
    @Autowired
    OptOutService optOuts;
    @Autowired
    ApplicationEvents published;

    String owner;
    long id;
    String suffix;

    String account(String name) {
        String email = "m" + System.nanoTime() + "@test.kr";
        accounts.createAccount(email, name, Teams.PASSWORD);
        return email;
    }

    /** An experiment with one person per case: attended, attended without address, invited, proposer, partner. */
    void experimentWithPeople() {
        owner = account("소유자");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("야학 실험장")));
        suffix = String.valueOf(System.nanoTime());
        add("김참석", "a" + suffix + "@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.ATTENDED);
        add("이무소", null, ParticipantGroup.PARTICIPANT, AttendanceStatus.ATTENDED);
        add("박불참", "c" + suffix + "@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.INVITED);
        add("최제안", "d" + suffix + "@example.kr", ParticipantGroup.PROPOSER, AttendanceStatus.CONFIRMED);
        add("정거부", "e" + suffix + "@example.kr", ParticipantGroup.PARTNER, AttendanceStatus.CONFIRMED);
        jdbc.update("insert into mail_opt_out (email, opted_out_at) values (?, current_timestamp)",
                "e" + suffix + "@example.kr");
    }

    void add(String name, String email, ParticipantGroup group, AttendanceStatus status) {
        signedIn.run(owner, () -> participants.create(id, ParticipantDraft.named(name).toBuilder().email(email)
                .group(group).status(status).build()));
    }

    MailingDraft draft(MailingDetails m, java.util.Set<Segment> segments) {
        return new MailingDraft(segments, m.subject(), m.body(), "https://example.kr/results", m.scheduleText());
    }

    @Test
    void segmentsReachOnlyPeopleWithAnAddressWhoDidNotOptOut() {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, Locale.KOREAN));
        Recipients thanks = signedIn.as(owner, () -> mailings.recipients(id, mailingId));
        assertThat(thanks.list()).extracting(Recipients.Recipient::name).containsExactly("김참석");
        assertThat(thanks.withoutAddress()).isEqualTo(1);

        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(), draft(m, EnumSet.of(Segment.ATTENDED,
                Segment.NOT_ATTENDED, Segment.PROPOSER, Segment.PARTNERS))));
        Recipients wider = signedIn.as(owner, () -> mailings.recipients(id, mailingId));
        assertThat(wider.list()).extracting(Recipients.Recipient::name)
                .containsExactlyInAnyOrder("김참석", "박불참", "최제안");
        assertThat(wider.optedOut()).isEqualTo(1);
        assertThat(wider.withoutAddress()).isEqualTo(1);

        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version() + 1, draft(m, EnumSet.of(
                Segment.NOT_ATTENDED))));
        assertThat(signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list())
                .extracting(Recipients.Recipient::name).containsExactly("박불참");
    }

    /**
     * The recipient counts of a mailing include who opted out: an address opting out, or back in, is announced on
     * every experiment whose participants have it (however its case was typed there), on none other, and only when
     * it changed something.
     */
    @Test
    void optingOutOrBackInIsAnnouncedToTheExperimentsWhoseParticipantsHaveTheAddress() {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, Locale.KOREAN));
        String address = "a" + suffix + "@example.kr";
        long other = signedIn.as(owner, () -> experiments.create(Drafts.valid("같은 사람이 있는 실험장")));
        signedIn.run(owner, () -> participants.create(other, ParticipantDraft.named("김참석").toBuilder()
                .email("A" + suffix + "@Example.KR").build()));
        long unrelated = signedIn.as(owner, () -> experiments.create(Drafts.valid("상관없는 실험장")));
        signedIn.run(owner, () -> participants.create(unrelated, ParticipantDraft.named("남남").toBuilder()
                .email("z" + suffix + "@example.kr").build()));
        String token = Tokens.newToken();
        jdbc.update("insert into mail_opt_out_token (token_hash, email, created_at) values (?, ?, current_timestamp)",
                Tokens.hash(token), address);
        var both = new LiveUpdate[] {LiveUpdate.of(id, MailLive.OPT_OUTS), LiveUpdate.of(other, MailLive.OPT_OUTS)};

        published.clear();
        optOuts.optOut(token);
        assertThat(published.stream(LiveUpdate.class).filter(u -> u.is(MailLive.OPT_OUTS)))
                .containsExactlyInAnyOrder(both);
        Recipients now = signedIn.as(owner, () -> mailings.recipients(id, mailingId));
        assertThat(now.list()).isEmpty();
        assertThat(now.optedOut()).isEqualTo(1);

        published.clear();
        optOuts.optOut(token);
        assertThat(published.stream(LiveUpdate.class)).as("opted out already: nothing changed").isEmpty();

        optOuts.optBackIn(token);
        assertThat(published.stream(LiveUpdate.class).filter(u -> u.is(MailLive.OPT_OUTS)))
                .containsExactlyInAnyOrder(both);
        assertThat(signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list())
                .extracting(Recipients.Recipient::name).containsExactly("김참석");
        published.clear();
        optOuts.optBackIn(token);
        assertThat(published.stream(LiveUpdate.class)).as("not opted out: nothing changed").isEmpty();
    }

    @Test
    void thePreviewFillsTheMergeFieldsAndBadTextIsRefusedBeforeAnythingIsSaved() {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.RESULTS, Locale.KOREAN));
        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(), draft(m, m.segments())));
        long proposer = signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list().stream()
                .filter(r -> r.name().equals("최제안")).findFirst().orElseThrow().participantId();
        MailPreview p = signedIn.as(owner, () -> mailings.preview(id, mailingId, proposer));
        assertThat(p.subject()).isEqualTo("[야학 실험장] 실험 결과를 공유합니다");
        assertThat(p.body()).startsWith("최제안님, 안녕하세요.").contains("https://example.kr/results")
                .doesNotContain("{");

        MailingDetails saved = signedIn.as(owner, () -> mailings.get(id, mailingId));
        assertThatThrownBy(() -> signedIn.run(owner, () -> mailings.save(id, mailingId, saved.version(),
                new MailingDraft(EnumSet.noneOf(Segment.class), " ", "{이룸}님 안녕하세요", "javascript:alert(1)", null))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys()).containsExactly(
                        "followup.error.mailing.segments", "followup.error.mailing.subject",
                        "followup.error.mailing.link", "followup.error.mailing.unknownField"));
        assertThatThrownBy(() -> signedIn.run(owner, () -> mailings.save(id, mailingId, saved.version() - 1,
                draft(saved, saved.segments())))).isInstanceOf(ConflictException.class);
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId))).isEqualTo(saved);
    }

    /**
     * QA: the invitation read "'서울역에 일일야학이 열렸다?!'은" (the template wrote 은 whatever the title) and, without a
     * results link, ended in a bare "자세한 내용: ". The particle follows the title; a label left empty is left out.
     */
    @Test
    void theParticleAfterTheTitleFollowsItAndALabelWithoutItsLinkIsLeftOut() {
        experimentWithPeople();
        kr.silheomjang.experiment.ExperimentDraft renamed = Drafts.valid("서울역에 일일야학이 열렸다?!");
        signedIn.run(owner, () -> experiments.update(id, experiments.get(id).version(), renamed));
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.MORE, Locale.KOREAN));
        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        assertThat(m.resultLink()).isNull();
        long someone = signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list().get(0).participantId();
        MailPreview p = signedIn.as(owner, () -> mailings.preview(id, mailingId, someone));
        assertThat(p.body()).contains("'서울역에 일일야학이 열렸다?!'는 끝났지만").doesNotContain("은(는)")
                .doesNotContain("자세한 내용").contains("일정: ");

        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(), draft(m, m.segments())));
        MailPreview linked = signedIn.as(owner, () -> mailings.preview(id, mailingId, someone));
        assertThat(linked.body()).endsWith("자세한 내용: https://example.kr/results");
    }

    @Test
    void aMailingMadeInTheEnglishUiStartsInEnglishAndBothSpellingsOfTheFieldsMerge() {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.RESULTS, Locale.ENGLISH));
        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        assertThat(m.subject()).isEqualTo("[{experiment}] The results of the experiment");
        assertThat(m.body()).startsWith("Hello {name},").contains("{result link}");
        assertThat(m.scheduleText()).as("the long English date").matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
        // Korean fields typed into the English text (or kept from older mailings) merge as well.
        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(), new MailingDraft(m.segments(),
                m.subject(), m.body() + "\n{이름} / {참여 일정}", "https://example.kr/results", m.scheduleText())));
        long proposer = signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list().stream()
                .filter(r -> r.name().equals("최제안")).findFirst().orElseThrow().participantId();
        MailPreview p = signedIn.as(owner, () -> mailings.preview(id, mailingId, proposer));
        assertThat(p.subject()).isEqualTo("[야학 실험장] The results of the experiment");
        assertThat(p.body()).startsWith("Hello 최제안,").contains("https://example.kr/results")
                .contains("최제안 / " + m.scheduleText()).doesNotContain("{");

        String csv = new String(signedIn.as(owner, () -> mailings.recipientsCsv(id, mailingId, Locale.ENGLISH)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.substring(1)).startsWith("Name,Email,Group,Status,Subject,Body");
        assertThat(csv).contains("최제안,d" + suffix + "@example.kr,Proposer,Confirmed,")
                .doesNotContain("PROPOSER").doesNotContain("CONFIRMED");
    }

    @Test
    void aDoubleSendAndARestartMailEveryoneOnceWithAnOptOutLink() throws Exception {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.MORE, Locale.KOREAN));
        long version = signedIn.as(owner, () -> mailings.get(id, mailingId)).version();
        var first = signedIn.as(owner, () -> mailings.send(id, mailingId, version));
        assertThat(first.queued()).isEqualTo(2); // 김참석, 박불참 (이무소 has no address)
        // The second click arrives with the same (now stale) version: nothing new, no error, nobody twice.
        var second = signedIn.as(owner, () -> mailings.send(id, mailingId, version));
        assertThat(second.queued()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(dispatcher.restarted().dispatchDue()).isZero();
        signedIn.run(owner, () -> mailings.send(id, mailingId, version));
        assertThat(dispatcher.restarted().dispatchDue()).isZero();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        for (MimeMessage mail : received) {
            assertThat(mail.getSubject()).isEqualTo("[야학 실험장] 다음 이야기에도 함께해 주세요");
            assertThat((String) mail.getContent()).contains("https://silheomjang.test/mail/opt-out/");
        }
        assertThat(signedIn.as(owner, () -> mailings.deliveries(id, mailingId, 0, 10)))
                .extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(signedIn.as(owner, () -> mailings.deliveryCounts(id, mailingId)).of(DeliveryStatus.SENT))
                .isEqualTo(2);
        // Sent: kept as it was; the stage checklist knows.
        MailingDetails sent = signedIn.as(owner, () -> mailings.get(id, mailingId));
        assertThat(sent.sent()).isTrue();
        assertThatThrownBy(() -> signedIn.run(owner, () -> mailings.save(id, mailingId, sent.version(),
                sent.toDraft()))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("followup.error.mailing.sent"));
        assertThat(signedIn.as(owner, () -> mailings.wasSent(id, MailTemplate.MORE))).isTrue();
        assertThat(signedIn.as(owner, () -> mailings.wasSent(id, MailTemplate.THANKS))).isFalse();

        // Someone marked as attended later gets it when the mailing is sent again; the others do not.
        add("한늦게", "h" + suffix + "@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.ATTENDED);
        assertThat(signedIn.as(owner, () -> mailings.send(id, mailingId, 0)).queued()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aTestGoesToTheSenderOnlyOncePerVersion() throws Exception {
        experimentWithPeople();
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, Locale.KOREAN));
        signedIn.run(owner, () -> mailings.sendTest(id, mailingId, Locale.KOREAN));
        signedIn.run(owner, () -> mailings.sendTest(id, mailingId, Locale.KOREAN));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).contains(owner);
        assertThat(mail.getSubject()).startsWith("[테스트] [야학 실험장]");
        assertThat((String) mail.getContent()).startsWith("소유자님, 안녕하세요.");
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).sent()).isFalse();
    }

    @Test
    void aSubjectThatGrowsPastTheOutboxLimitWhenMergedIsCutNotRefusedAtSending() throws Exception {
        owner = account("소유자");
        String longTitle = "실".repeat(200);
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid(longTitle)));
        suffix = String.valueOf(System.nanoTime());
        add("김참석", "a" + suffix + "@example.kr", ParticipantGroup.PARTICIPANT, AttendanceStatus.ATTENDED);
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, Locale.KOREAN));
        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        // 296 characters as saved (within the 300 a subject may have); {실험장} brings in 200 more.
        String subject = "{실험장} " + "감".repeat(290);
        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(),
                new MailingDraft(m.segments(), subject, m.body(), null, m.scheduleText())));
        long person = signedIn.as(owner, () -> mailings.recipients(id, mailingId)).list().get(0).participantId();
        MailPreview preview = signedIn.as(owner, () -> mailings.preview(id, mailingId, person));
        assertThat(preview.subject()).hasSize(300).startsWith(longTitle + " 감").endsWith("\u2026");

        // 테스트 보내기 puts "[테스트] " before it: cut all the same, sent, not refused by the outbox.
        signedIn.run(owner, () -> mailings.sendTest(id, mailingId, Locale.KOREAN));
        long version = signedIn.as(owner, () -> mailings.get(id, mailingId)).version();
        assertThat(signedIn.as(owner, () -> mailings.send(id, mailingId, version)).queued()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2).allSatisfy(mail -> assertThat(mail.getSubject()).hasSizeLessThanOrEqualTo(300)
                .endsWith("\u2026"));
        assertThat(received).anySatisfy(mail -> assertThat(mail.getSubject()).startsWith("[테스트] " + longTitle));
    }

    @Test
    void aBodyThatWouldOutgrowTheOutboxOnceMergedIsRefusedWhenSavedAndNothingIsSaved() {
        owner = account("소유자");
        id = signedIn.as(owner, () -> experiments.create(Drafts.valid("실".repeat(40))));
        long mailingId = signedIn.as(owner, () -> mailings.create(id, MailTemplate.THANKS, Locale.KOREAN));
        MailingDetails m = signedIn.as(owner, () -> mailings.get(id, mailingId));
        // 1,000 characters as typed (within 6,000), 40 × 200 = 8,000 once {실험장} is put in.
        String body = "{실험장}".repeat(200);
        assertThatThrownBy(() -> signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(),
                new MailingDraft(m.segments(), m.subject(), body, null, m.scheduleText()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKeys())
                        .containsExactly("followup.error.mailing.mergedTooLong"));
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).body()).isEqualTo(m.body());
        // Shorter, it fits and is saved.
        String fits = "{실험장}".repeat(100);
        signedIn.run(owner, () -> mailings.save(id, mailingId, m.version(),
                new MailingDraft(m.segments(), m.subject(), fits, null, m.scheduleText())));
        assertThat(signedIn.as(owner, () -> mailings.get(id, mailingId)).body()).isEqualTo(fits);
    }
}
