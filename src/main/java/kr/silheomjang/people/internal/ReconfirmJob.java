package kr.silheomjang.people.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.silheomjang.mail.EnqueueResult;
import kr.silheomjang.mail.MailOutbox;
import kr.silheomjang.mail.OutgoingMail;
import kr.silheomjang.people.PeopleLive;
import kr.silheomjang.people.ReconfirmPlan;
import kr.silheomjang.people.RecruitMail;
import kr.silheomjang.shared.StoredInstant;

/**
 * Sends the reconfirmation request by itself (issue 14, point 3): from N days before the event day (the form's
 * setting) until its eve, every selected or confirmed person with a mail address who has not had it yet gets it
 * through the outbox. Exactly once per person, also across restarts and nodes: the outbox key
 * ({@code recruit:reconfirm:<application>}, the same as the planners' button, so a mail sent or recorded by hand
 * counts) and a once-per-day claim on the form's row ({@code reconfirm_run_on}, a conditional UPDATE: a second node
 * waits for the first's commit and then finds the day taken). Nothing is kept in memory. Without a mail server
 * nothing goes by itself (the owner is told to copy the links). Runs hourly in the day (Asia/Seoul), so a node that
 * was down at nine catches up; {@link #sendDue()} is the whole job, callable with any clock.
 */
@Component
public class ReconfirmJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReconfirmJob.class);

    private final JdbcTemplate jdbc;
    private final RecruitmentRepository forms;
    private final RecruitApplicationRepository applications;
    private final RecruitmentDesk desk;
    private final MailOutbox outbox;
    private final PeopleAudit audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReconfirmJob(JdbcTemplate jdbc, RecruitmentRepository forms, RecruitApplicationRepository applications,
            RecruitmentDesk desk, MailOutbox outbox, PeopleAudit audit, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.applications = applications;
        this.desk = desk;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${silheomjang.recruit.reconfirm-cron:0 5 9-20 * * *}", zone = "Asia/Seoul")
    public void hourly() {
        sendDue();
    }

    /** Returns how many mails this run put in the outbox (0 when every due form was already done today). */
    public int sendDue() {
        if (!outbox.configured()) {
            return 0;
        }
        LocalDate today = desk.today();
        record Due(long formId, long experimentId, int days, LocalDate eventDate) {
        }
        // Forms of open experiments whose event day is ahead and not yet claimed today.
        List<Due> candidates = jdbc.query("select r.id, r.experiment_id, r.reconfirm_days, x.event_date"
                + " from recruitment r join experiment x on x.id = r.experiment_id"
                + " where r.reconfirm_days is not null and x.event_date is not null and x.event_date > ?"
                + " and x.closed_at is null and (r.reconfirm_run_on is null or r.reconfirm_run_on < ?)",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class)),
                Date.valueOf(today), Date.valueOf(today));
        int queued = 0;
        for (Due d : candidates) {
            if (!ReconfirmPlan.dueOnDay(d.eventDate(), d.days(), today)) {
                continue;
            }
            try {
                Integer n = tx.execute(status -> sendFor(d.formId(), d.experimentId(), today));
                queued += n == null ? 0 : n;
            } catch (RuntimeException e) {
                // One form's failure (e.g. an over-long mail) must not stop the others; the next hourly run retries.
                LOG.warn("Reconfirmation for experiment {} failed: {}", d.experimentId(), e.toString());
            }
        }
        return queued;
    }

    private int sendFor(long formId, long experimentId, LocalDate today) {
        // The once-per-day claim: the UPDATE takes the row lock; a concurrent node blocks, then matches nothing.
        int claimed = jdbc.update("update recruitment set reconfirm_run_on = ?, reconfirm_run_at = ?,"
                + " reconfirm_queued = 0 where id = ? and (reconfirm_run_on is null or reconfirm_run_on < ?)",
                Date.valueOf(today), StoredInstant.of(clock.instant()), formId, Date.valueOf(today));
        if (claimed == 0) {
            return 0;
        }
        Recruitment r = forms.findById(formId).orElseThrow();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Object[] row : applications.withParticipants(experimentId)) {
            Participant p = (Participant) row[1];
            if (RecruitMail.RECONFIRM.recipients().contains(p.getStatus()) && p.getEmail() != null
                    && MailOutbox.plausibleAddress(p.getEmail())) {
                mails.add(desk.mail(RecruitMail.RECONFIRM, r, (RecruitApplication) row[0], p));
            }
        }
        // Keys already in the outbox (an earlier day, the planners' button, "sent by hand") are left alone.
        EnqueueResult result = mails.isEmpty() ? new EnqueueResult(0, 0, 0, 0) : outbox.enqueue(mails);
        jdbc.update("update recruitment set reconfirm_queued = ? where id = ?", result.queued(), formId);
        audit.announce(experimentId, PeopleLive.RECRUITMENT, List.of());
        return result.queued();
    }
}
