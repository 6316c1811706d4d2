package kr.silheomjang.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.people.PeopleLive;

/**
 * Enforces each experiment's retention setting: once {@code follow_up_end + retention_days} has passed, every
 * participant still identifiable is anonymised and the proposer's contacts are erased, and the log says so. Runs
 * nightly; {@link #anonymiseExpired()} is the whole job, callable (and tested) with any clock.
 */
@Component
public class RetentionEnforcer {

    static final String JOB_ACTOR = "보존 기간 작업";

    private final JdbcTemplate jdbc;
    private final ParticipantRepository participants;
    private final ProposerRecordRepository records;
    private final PeopleAudit audit;
    private final Clock clock;

    RetentionEnforcer(JdbcTemplate jdbc, ParticipantRepository participants, ProposerRecordRepository records,
            PeopleAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${silheomjang.people.retention-cron:0 30 3 * * *}", zone = "Asia/Seoul")
    public void nightly() {
        anonymiseExpired();
    }

    /** Returns how many records (participants, proposer, roster lines, partners) were anonymised. */
    @Transactional
    public int anonymiseExpired() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        record Due(long experimentId, int days, LocalDate followUpEnd) {
        }
        // The follow-up end belongs to the experiment module; read it directly (no user session in a job).
        List<Due> due = jdbc.query("select r.experiment_id, r.retention_days, x.follow_up_end from proposer_record r"
                + " join experiment x on x.id = r.experiment_id where r.retention_days is not null",
                (rs, i) -> new Due(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class)));
        int count = 0;
        for (Due d : due) {
            if (!today.isAfter(d.followUpEnd().plusDays(d.days()))) {
                continue;
            }
            int here = 0;
            for (Participant p : participants.findByExperimentIdAndAnonymisedAtIsNull(d.experimentId())) {
                p.anonymise(now);
                p.touch(now, JOB_ACTOR);
                here++;
            }
            ProposerRecord r = records.findByExperimentId(d.experimentId()).orElseThrow();
            if (r.getContactsErasedAt() == null && (r.getProposerName() != null || r.getContactEmail() != null
                    || r.getContactPhone() != null || r.getContactOther() != null)) {
                r.eraseContacts(now);
                r.touch(now, JOB_ACTOR);
                here++;
            }
            // Roster and partner contacts are personal data too (names stay: they say who did what on the day).
            here += jdbc.update("update staff_assignment set contact = null, version = version + 1 where experiment_id = ?"
                    + " and contact is not null", d.experimentId());
            here += jdbc.update("update partner_organization set contact = null, contact_person = null,"
                    + " version = version + 1 where experiment_id = ? and (contact is not null or contact_person is not null)",
                    d.experimentId());
            if (here > 0) {
                audit.logPersonalData(d.experimentId(), "RETENTION", here + "명", JOB_ACTOR);
                audit.announce(d.experimentId(), PeopleLive.PARTICIPANTS, List.of());
                audit.announce(d.experimentId(), PeopleLive.PROPOSER, List.of());
                audit.announce(d.experimentId(), PeopleLive.STAFF, List.of());
                audit.announce(d.experimentId(), PeopleLive.PARTNERS, List.of());
            }
            count += here;
        }
        return count;
    }
}
