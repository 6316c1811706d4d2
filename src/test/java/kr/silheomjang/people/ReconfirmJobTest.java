package kr.silheomjang.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.silheomjang.experiment.ExperimentDraft;
import kr.silheomjang.experiment.ExperimentService;
import kr.silheomjang.people.internal.ReconfirmJob;
import kr.silheomjang.people.internal.RecruitmentDesk;
import kr.silheomjang.security.AccountService;
import kr.silheomjang.support.Drafts;
import kr.silheomjang.support.MailTestSupport;
import kr.silheomjang.support.SignedIn;

/**
 * Issue 14, point 3: the reconfirmation request goes by itself N days before the event day to the selected and
 * confirmed, once per person: not before its day, not twice on a second run, after a "restart" on a later day (the
 * daily claim gone) or with two nodes running the job at the same moment, and never to someone the planners already
 * sent it to. The owner sees when it goes and when it went.
 */
class ReconfirmJobTest extends MailTestSupport {

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
    ReconfirmJob job;
    @Autowired
    RecruitmentDesk desk;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sendsOnceToSelectedAndConfirmedFromItsDayAcrossRunsAndNodes() throws Exception {
        LocalDate today = desk.today();
        String owner = "rc" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "재확인소유", "password-123");
        ExperimentDraft draft = Drafts.valid("재확인 모집");
        draft.setPlanningStart(today.minusDays(30));
        draft.setEventDate(today.plusDays(3));
        draft.setFollowUpEnd(today.plusDays(60));
        long id = signedIn.as(owner, () -> experiments.create(draft));
        RecruitmentSettings d = RecruitmentSettings.defaults("재확인 모집", RecruitmentSettings.Words.of(i18n, null));
        // Two days before: not due yet (the event is three days away).
        RecruitmentState state = signedIn.as(owner, () -> {
            RecruitmentState s = recruitment.save(id, null, settings(d, 2));
            recruitment.setAccepting(id, s.version(), true);
            return recruitment.state(id).orElseThrow();
        });
        String token = state.publicLink().substring(state.publicLink().lastIndexOf('/') + 1);
        String[][] people = {{"가재확", "ga"}, {"나재확", "na"}, {"다재확", "da"}, {"라재확", "ra"}};
        for (int i = 0; i < people.length; i++) {
            publicForm.apply(token, new ApplicationDraft(people[i][0], "010-2222-100" + i,
                    people[i][1] + "@reconfirm.kr", List.of(), state.noticeVersion(), false), "10.0.9." + i,
                    "rc-" + i);
        }
        Map<String, ApplicantRow> rows = signedIn.as(owner, () -> recruitment.applicants(id)).stream()
                .collect(Collectors.toMap(ApplicantRow::name, r -> r));
        signedIn.run(owner, () -> {
            recruitment.select(id, Map.of(rows.get("가재확").participantId(), rows.get("가재확").version(),
                    rows.get("나재확").participantId(), rows.get("나재확").version(),
                    rows.get("다재확").participantId(), rows.get("다재확").version()), AttendanceStatus.SELECTED);
            recruitment.select(id, Map.of(rows.get("라재확").participantId(), rows.get("라재확").version()),
                    AttendanceStatus.WAITLISTED);
        });
        // 나 confirms (참여 확정); 가 and 다 stay 선정; 라 waits (대기: not asked).
        String naLink = signedIn.as(owner, () -> recruitment.personalLink(id, rows.get("나재확").participantId()));
        publicForm.confirm(naLink.substring(naLink.lastIndexOf('/') + 1));

        // (Other forms in this database, e.g. the demo's, may be due: the assertions look at this form's people only.)
        job.sendDue();
        dispatcher.dispatchDue();
        assertThat(reconfirmed()).as("two days before is not yet due three days ahead").isEmpty();
        assertThat(signedIn.as(owner, () -> recruitment.state(id)).orElseThrow().reconfirm().lastRunAt()).isNull();

        RecruitmentState now = signedIn.as(owner, () -> recruitment.state(id).orElseThrow());
        signedIn.run(owner, () -> recruitment.save(id, now.version(), settings(d, 3)));
        ReconfirmPlan plan = signedIn.as(owner, () -> recruitment.state(id).orElseThrow().reconfirm());
        assertThat(plan.dueOn()).isEqualTo(today);
        assertThat(plan.eventDate()).isEqualTo(today.plusDays(3));
        assertThat(plan.mailConfigured()).isTrue();

        // Two nodes at the same moment: the day's claim lets one through; the other sends nothing.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = job::sendDue;
            List<Future<Integer>> both = nodes.invokeAll(List.of(run, run));
            for (Future<Integer> f : both) {
                f.get();
            }
        } finally {
            nodes.shutdown();
        }
        dispatcher.dispatchDue();
        assertThat(reconfirmed()).as("once each, 대기 not asked").containsExactlyInAnyOrder("ga@reconfirm.kr", "na@reconfirm.kr", "da@reconfirm.kr");
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().contains("@reconfirm.kr")) {
                assertThat(m.getSubject()).contains("다시 확인");
            }
        }
        plan = signedIn.as(owner, () -> recruitment.state(id).orElseThrow().reconfirm());
        assertThat(plan.lastRunOn()).isEqualTo(today);
        assertThat(plan.lastRunAt()).isNotNull();
        assertThat(plan.lastQueued()).isEqualTo(3);

        // Same day again (an hourly run, a restart): claimed already, nothing.
        SMTP.purgeEmailFromAllMailboxes();
        job.sendDue();
        dispatcher.dispatchDue();
        assertThat(reconfirmed()).isEmpty();
        // The next day (claim from yesterday): a person selected since gets it, the others not again.
        jdbc.update("update recruitment set reconfirm_run_on = ? where experiment_id = ?",
                java.sql.Date.valueOf(today.minusDays(1)), id);
        // 다 cancels through the planners: the place goes to 라 (waitlist offer mail, not a reconfirmation).
        ApplicantRow da = signedIn.as(owner, () -> recruitment.applicants(id)).stream()
                .filter(r -> r.name().equals("다재확")).findFirst().orElseThrow();
        signedIn.run(owner, () -> recruitment.select(id, Map.of(da.participantId(), da.version()),
                AttendanceStatus.CANCELLED));
        dispatcher.dispatchDue();
        SMTP.purgeEmailFromAllMailboxes();
        job.sendDue();
        dispatcher.dispatchDue();
        assertThat(reconfirmed()).as("only the one selected since").containsExactly("ra@reconfirm.kr");
        assertThat(signedIn.as(owner, () -> recruitment.state(id).orElseThrow().reconfirm()).lastQueued())
                .isEqualTo(1);
        // The planners' button afterwards adds nothing either: the same keys.
        assertThat(signedIn.as(owner, () -> mails.send(id, RecruitMail.RECONFIRM)).alreadyThere()).isEqualTo(3);
    }

    @Test
    void emptyDaysMeansByHandOnly() {
        LocalDate today = desk.today();
        String owner = "rh" + System.nanoTime() + "@test.kr";
        accounts.createAccount(owner, "수동소유", "password-123");
        ExperimentDraft draft = Drafts.valid("수동 재확인");
        draft.setPlanningStart(today.minusDays(30));
        draft.setEventDate(today.plusDays(1));
        draft.setFollowUpEnd(today.plusDays(60));
        long id = signedIn.as(owner, () -> experiments.create(draft));
        signedIn.run(owner, () -> recruitment.save(id, null, settings(RecruitmentSettings.defaults("수동", RecruitmentSettings.Words.of(i18n, null)), null)));
        job.sendDue();
        ReconfirmPlan plan = signedIn.as(owner, () -> recruitment.state(id).orElseThrow().reconfirm());
        assertThat(plan.daysBefore()).isNull();
        assertThat(plan.dueOn()).isNull();
        assertThat(plan.lastRunAt()).as("a form without automatic reconfirmation is never claimed").isNull();
        assertThat(ReconfirmPlan.dueOnDay(today.plusDays(3), 3, today)).isTrue();
        assertThat(ReconfirmPlan.dueOnDay(today.plusDays(3), 3, today.plusDays(3))).as("not on the day itself")
                .isFalse();
    }

    private static RecruitmentSettings settings(RecruitmentSettings d, Integer days) {
        return new RecruitmentSettings(d.title(), null, null, null, 3, null, List.of(), d.noticePurpose(),
                d.noticeItems(), d.noticeRetention(), d.noticeRefusal(), "행사 안내", days);
    }

    /** Recipients (this test's people only) of reconfirmation requests among the received mails. */
    private static List<String> reconfirmed() throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("다시 확인");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return ((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(to -> to.endsWith("@reconfirm.kr")).toList();
    }
}
