package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.SignedIn;

/**
 * Issue 14's mails through the outbox to a real SMTP server: selection, event information (moves to 안내 발송),
 * reconfirmation, and the waitlist offer sent by itself when a place frees up; each personal link works, and sending
 * twice mails nobody twice.
 */
class RecruitMailTest extends MailTestSupport {

    private static final Pattern RSVP = Pattern.compile("https://silheomjang\\.test/rsvp/([A-Za-z0-9_-]+)");

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Autowired
    SignedIn signedIn;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    RecruitmentService recruitment;
    @Autowired
    RecruitMailService mails;
    @Autowired
    PublicRecruitmentService publicForm;
    @Autowired
    ParticipantService participants;

    @Test
    void mailsCarryPersonalLinksThatConfirmReconfirmAndOfferTheWaitlistAPlace() throws Exception {
        String owner = "m" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "메일소유", "password-123");
        long id = signedIn.as(owner, () -> experiments.create(Drafts.valid("메일 모집")));
        RecruitmentState state = signedIn.as(owner, () -> {
            RecruitmentSettings d = RecruitmentSettings.defaults("메일 모집", RecruitmentSettings.Words.of(i18n, null));
            RecruitmentState s = recruitment.save(id, null, new RecruitmentSettings(d.title(), null, null, null, 1,
                    null, List.of(), d.noticePurpose(), d.noticeItems(), d.noticeRetention(), d.noticeRefusal(),
                    "12월 20일 오후 2시, 서울역"));
            recruitment.setAccepting(id, s.version(), true);
            return recruitment.state(id).orElseThrow();
        });
        String token = state.publicLink().substring(state.publicLink().lastIndexOf('/') + 1);
        String firstLink = publicForm.apply(token, new ApplicationDraft("가메일", "010-1111-0001", "ga@example.kr",
                List.of(), state.noticeVersion(), true), "10.0.0.2", "m1");
        publicForm.apply(token, new ApplicationDraft("나메일", "010-1111-0002", "na@example.kr", List.of(),
                state.noticeVersion(), false), "10.0.0.2", "m2");
        Map<String, ApplicantRow> rows = signedIn.as(owner, () -> recruitment.applicants(id)).stream()
                .collect(Collectors.toMap(ApplicantRow::name, r -> r));
        signedIn.run(owner, () -> {
            recruitment.select(id, Map.of(rows.get("가메일").participantId(), rows.get("가메일").version()),
                    AttendanceStatus.SELECTED);
            recruitment.select(id, Map.of(rows.get("나메일").participantId(), rows.get("나메일").version()),
                    AttendanceStatus.WAITLISTED);
            assertThat(mails.send(id, RecruitMail.SELECTION).queued()).isEqualTo(1);
            assertThat(mails.send(id, RecruitMail.SELECTION).alreadyThere()).isEqualTo(1);
        });
        dispatcher.dispatchDue();
        MimeMessage selection = only("ga@example.kr");
        assertThat(selection.getSubject()).contains("선정");
        String link = link(selection);
        assertThat(link).isEqualTo(firstLink.substring(firstLink.lastIndexOf('/') + 1));
        assertThat(publicForm.confirm(link).status()).isEqualTo(AttendanceStatus.CONFIRMED);

        SMTP.purgeEmailFromAllMailboxes();
        signedIn.run(owner, () -> assertThat(mails.send(id, RecruitMail.EVENT_INFO).queued()).isEqualTo(1));
        dispatcher.dispatchDue();
        assertThat((String) only("ga@example.kr").getContent()).contains("12월 20일 오후 2시, 서울역");
        assertThat(publicForm.personal(link).status()).isEqualTo(AttendanceStatus.INFORMED);

        SMTP.purgeEmailFromAllMailboxes();
        signedIn.run(owner, () -> assertThat(mails.send(id, RecruitMail.RECONFIRM).queued()).isEqualTo(1));
        dispatcher.dispatchDue();
        assertThat(link(only("ga@example.kr"))).isEqualTo(link);
        assertThat(publicForm.confirm(link).status()).isEqualTo(AttendanceStatus.RECONFIRMED);

        // Cancelling frees the only place: the waitlisted person gets the offer by mail, and takes it.
        SMTP.purgeEmailFromAllMailboxes();
        publicForm.cancel(link);
        dispatcher.dispatchDue();
        MimeMessage offer = only("na@example.kr");
        assertThat(offer.getSubject()).contains("자리가 났습니다");
        assertThat(publicForm.confirm(link(offer)).status()).isEqualTo(AttendanceStatus.CONFIRMED);
        assertThat(signedIn.as(owner, () -> mails.deliveryCounts(id, RecruitMail.WAITLIST_OFFER)).total())
                .isEqualTo(1);

        // A person's export holds the mails sent to them, without their links, which still let in whoever holds one.
        String exported = String.join("\n", kr.silheomjang.support.Zips.unzip(signedIn.as(owner,
                () -> participants.exportPerson(id, rows.get("가메일").participantId(), null))).values());
        assertThat(exported).contains("선정").contains("[링크 생략").doesNotContain(link);
    }

    private static MimeMessage only(String to) throws Exception {
        List<MimeMessage> got = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains(to);
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    private static String link(MimeMessage m) throws Exception {
        Matcher matcher = RSVP.matcher((String) m.getContent());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
