package kr.silheomjang.topic.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kr.silheomjang.collab.LiveUpdate;
import kr.silheomjang.shared.PersonalDataHolder;
import kr.silheomjang.shared.StoredText;
import kr.silheomjang.topic.TopicLive;

/**
 * Retention for proposers of candidates never made into an experiment (docs/personal-data.md): a set number of months
 * (default 12) after the candidate was last decided (선정 / 보류 / 다른 방식 권고) without an experiment, the proposer's
 * name, mail, phone and SNS, the meeting notes about them and the notes of the outreach log are erased. Candidates
 * with an experiment follow that experiment's retention ({@link TopicPersonalData}). Runs nightly, like people's
 * RetentionEnforcer; {@link #purgeExpired()} is the whole job, callable with any clock.
 */
@Component
public class TopicRetention {

    static final String JOB_ACTOR = StoredText.marker("stored.actor.retentionJob");

    private final JdbcTemplate jdbc;
    private final TopicCandidateRepository candidates;
    private final TopicOutreachRepository outreach;
    private final OutreachEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int months;

    TopicRetention(JdbcTemplate jdbc, TopicCandidateRepository candidates, TopicOutreachRepository outreach,
            OutreachEntryRepository entries, ApplicationEventPublisher events, Clock clock,
            @Value("${silheomjang.topic.proposer-retention-months:12}") int months) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.outreach = outreach;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
        this.months = months;
    }

    @Scheduled(cron = "${silheomjang.people.retention-cron:0 30 3 * * *}", zone = "Asia/Seoul")
    public void nightly() {
        purgeExpired();
    }

    /** Returns how many candidates' proposer data was erased (counts only; nothing erased is logged). */
    @Transactional
    public int purgeExpired() {
        Instant now = clock.instant();
        Instant cutoff = now.atZone(ZoneId.of("Asia/Seoul")).minusMonths(months).toInstant();
        // Decided (the latest decision) before the cutoff, never linked, not yet erased.
        List<Long> due = jdbc.queryForList("select c.id from topic_candidate c where c.experiment_id is null"
                + " and c.proposer_erased_at is null and c.status in ('SELECTED', 'ON_HOLD', 'OTHER_FORMAT')"
                + " and (select max(d.decided_at) from topic_decision d where d.candidate_id = c.id) < ?",
                Long.class, cutoff);
        for (long id : due) {
            TopicCandidate c = candidates.findById(id).orElseThrow();
            eraseAll(c, outreach, entries);
            c.touch(now, JOB_ACTOR);
            events.publishEvent(LiveUpdate.of(TopicLive.CHANNEL, TopicLive.CANDIDATES, id));
        }
        return due.size();
    }

    /** The proposer's fields on the candidate, the meeting notes about them and the outreach log's notes. */
    static void eraseAll(TopicCandidate c, TopicOutreachRepository outreach, OutreachEntryRepository entries) {
        c.eraseProposer(PersonalDataHolder.ERASED);
        outreach.findById(c.getId()).ifPresent(TopicOutreach::eraseProposerNotes);
        entries.findByCandidateIdIn(List.of(c.getId())).forEach(OutreachEntry::eraseNote);
    }
}
