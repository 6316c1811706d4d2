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
import kr.silheomjang.people.ProposerConsentService;
import kr.silheomjang.shared.StoredText;

/**
 * Enforces each experiment's retention date: once it has passed (the follow-up end plus the owner's days, by default
 * plus one year), every participant still identifiable is anonymised, the proposer's, roster's and partners' contacts
 * are erased, every other module's personal fields are purged ({@link PersonalDataMap}), and the log says so
 * (counts only). Runs
 * nightly; {@link #anonymiseExpired()} is the whole job, callable (and tested) with any clock.
 */
@Component
public class RetentionEnforcer {

    static final String JOB_ACTOR = StoredText.marker("stored.actor.retentionJob");

    private final JdbcTemplate jdbc;
    private final ParticipantRepository participants;
    private final ProposerRecordRepository records;
    private final PeopleAudit audit;
    private final PersonalDataMap dataMap;
    private final Clock clock;

    RetentionEnforcer(JdbcTemplate jdbc, ParticipantRepository participants, ProposerRecordRepository records,
            PeopleAudit audit, PersonalDataMap dataMap, Clock clock) {
        this.dataMap = dataMap;
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

    /**
     * Returns how many people records (participants, proposer, roster lines, partners) were anonymised; every other
     * field on the map is purged too and counted in the log.
     */
    @Transactional
    public int anonymiseExpired() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        record Due(long experimentId, LocalDate until) {
        }
        // The dates belong to the experiment module; read them directly (no user session in a job). Every
        // experiment has a retention date: by default a year after the follow-up ends.
        List<Due> due = jdbc.query("select x.id, x.follow_up_end, x.event_date, r.retention_days from experiment x"
                + " left join proposer_record r on r.experiment_id = x.id",
                (rs, i) -> new Due(rs.getLong(1), ProposerConsentService.retentionDate(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), (Integer) rs.getObject(4))));
        int count = 0;
        for (Due d : due) {
            if (!today.isAfter(d.until())) {
                continue;
            }
            int here = 0;
            for (Participant p : participants.findByExperimentIdAndAnonymisedAtIsNull(d.experimentId())) {
                p.anonymise(now);
                p.touch(now, JOB_ACTOR);
                here++;
            }
            ProposerRecord r = records.findByExperimentId(d.experimentId()).orElse(null);
            if (r != null && r.getContactsErasedAt() == null && (r.getProposerName() != null || r.getContactEmail() != null
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
            // Answers to the recruitment form's questions (free text about the person).
            here += jdbc.update("delete from recruit_answer where application_id in"
                    + " (select id from recruit_application where experiment_id = ?)", d.experimentId());
            // Every other field on the map (docs/personal-data.md): free text, photos, addresses, mails.
            int elsewhere = dataMap.purgeElsewhere(d.experimentId());
            if (here > 0 || elsewhere > 0) {
                // Counts only: the log never holds what was erased.
                audit.logPersonalData(d.experimentId(), "RETENTION", StoredText.marker("stored.log.retention", here, elsewhere),
                        JOB_ACTOR);
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
