package kr.silheomjang.people.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kr.silheomjang.experiment.ExperimentAccess;
import kr.silheomjang.experiment.Stage;
import kr.silheomjang.experiment.StageCheck;
import kr.silheomjang.experiment.StageCheckSource;
import kr.silheomjang.people.AttendanceStatus;
import kr.silheomjang.people.ConsentDecision;
import kr.silheomjang.people.ConsentKind;
import kr.silheomjang.people.PeopleLive;

/**
 * What the people module can judge for the stage guide: the proposer's consent (or the pre-announcement when the
 * proposer is unknown, §2), participants confirmed by D-14 and reconfirmed by D-7, the 촬영 불가 list shared with the
 * film crew and staff roles assigned (§4), check-in started on the run day (§5). Five queries for any number of
 * experiments.
 */
@Component
@Order(30)
class PeopleStageChecks implements StageCheckSource {

    static final String CONSENT = "people.check.proposerConsent";
    static final String CONFIRMED = "people.check.participantsConfirmed";
    static final String RECONFIRMED = "people.check.participantsReconfirmed";
    static final String FILM_LIST = "people.check.noFilmingShared";
    static final String STAFF = "people.check.staffRoles";
    static final String CHECK_IN = "people.check.checkIn";

    private final ParticipantRepository participants;
    private final ConsentEntryRepository consents;
    private final ProposerRecordRepository proposers;
    private final StaffAssignmentRepository staff;
    private final PersonalDataLogRepository log;
    private final ExperimentAccess access;

    PeopleStageChecks(ParticipantRepository participants, ConsentEntryRepository consents,
            ProposerRecordRepository proposers, StaffAssignmentRepository staff, PersonalDataLogRepository log,
            ExperimentAccess access) {
        this.participants = participants;
        this.consents = consents;
        this.proposers = proposers;
        this.staff = staff;
        this.log = log;
        this.access = access;
    }

    @Override
    public List<StageCheck> stageChecks(long experimentId) {
        access.requireMember(experimentId);
        return stageChecks(List.of(experimentId)).get(experimentId);
    }

    @Override
    public Map<Long, List<StageCheck>> stageChecks(Collection<Long> ids) {
        access.requireMemberOfAll(ids);
        Map<Long, Map<AttendanceStatus, Long>> statuses = new HashMap<>();
        for (Object[] row : participants.countByExperimentAndStatus(ids)) {
            statuses.computeIfAbsent((Long) row[0], k -> new EnumMap<>(AttendanceStatus.class))
                    .put((AttendanceStatus) row[1], (Long) row[2]);
        }
        Map<Long, ConsentDecision> useOfProposal = new HashMap<>();
        for (ConsentEntry c : consents.findLatestFirst(ids, ConsentKind.USE_OF_PROPOSAL)) {
            useOfProposal.putIfAbsent(c.getExperimentId(), c.getDecision());
        }
        Map<Long, ProposerRecord> records = new HashMap<>();
        proposers.findByExperimentIdIn(ids).forEach(r -> records.put(r.getExperimentId(), r));
        Map<Long, Long> roster = new HashMap<>();
        staff.countByExperiment(ids).forEach(row -> roster.put((Long) row[0], (Long) row[1]));
        Map<Long, Object> shared = new HashMap<>();
        log.lastOf(ids, PeopleAudit.FILM_LIST_SHARED).forEach(row -> shared.put((Long) row[0], row[1]));

        Map<Long, List<StageCheck>> all = new HashMap<>();
        for (long id : ids) {
            String people = "experiments/" + id + "/people";
            Map<AttendanceStatus, Long> s = statuses.getOrDefault(id, Map.of());
            long invited = s.getOrDefault(AttendanceStatus.INVITED, 0L);
            long confirmedOnly = s.getOrDefault(AttendanceStatus.CONFIRMED, 0L)
                    + s.getOrDefault(AttendanceStatus.INFORMED, 0L);
            long reconfirmed = s.getOrDefault(AttendanceStatus.RECONFIRMED, 0L);
            long attended = s.getOrDefault(AttendanceStatus.ATTENDED, 0L);
            long total = s.values().stream().mapToLong(Long::longValue).sum()
                    - s.getOrDefault(AttendanceStatus.ABSENT, 0L);
            all.put(id, List.of(
                    consent(id, records.get(id), useOfProposal.get(id)),
                    new StageCheck(CONFIRMED, Stage.PREPARATION, total > 0 && invited == 0,
                            total == 0 ? "people.check.detail.noParticipants"
                                    : "people.check.detail.confirmed|" + (total - invited) + "|" + total,
                            people + "?tab=participants", 14),
                    new StageCheck(RECONFIRMED, Stage.PREPARATION, total > 0 && invited == 0 && confirmedOnly == 0,
                            total == 0 ? "people.check.detail.noParticipants"
                                    : "people.check.detail.reconfirmed|" + (reconfirmed + attended) + "|" + total,
                            people + "?tab=participants", 7),
                    new StageCheck(FILM_LIST, Stage.PREPARATION, shared.containsKey(id), null,
                            people + "?tab=participants"),
                    new StageCheck(STAFF, Stage.PREPARATION, roster.getOrDefault(id, 0L) > 0,
                            roster.containsKey(id) ? "people.check.detail.staff|" + roster.get(id) : null,
                            people + "?tab=staff"),
                    new StageCheck(CHECK_IN, Stage.RUN_DAY, attended > 0,
                            attended > 0 ? "people.check.detail.checkIn|" + attended : null,
                            "experiments/" + id + "/checkin")));
        }
        return all;
    }

    /** Known proposer: the consent to use the proposal, given and not withdrawn. Unknown: the notice published. */
    private static StageCheck consent(long id, ProposerRecord r, ConsentDecision useOfProposal) {
        String href = "experiments/" + id + "/people?tab=proposer";
        if (r != null && !r.isProposerKnown()) {
            boolean published = r.getNoticeChannel() != null && r.getNoticeDate() != null;
            return new StageCheck(CONSENT, Stage.TOPIC_SELECTION, published,
                    published ? "people.check.detail.notice|" + r.getNoticeChannel()
                            : "people.check.detail.noticeMissing", href);
        }
        return new StageCheck(CONSENT, Stage.TOPIC_SELECTION, useOfProposal != null && useOfProposal.allows(),
                useOfProposal == null ? "people.check.detail.consentMissing"
                        : "people.check.detail.consent." + useOfProposal.name(), href);
    }

    @Override
    public Set<PeopleLive> liveKinds() {
        return Set.of(PeopleLive.PARTICIPANTS, PeopleLive.PROPOSER, PeopleLive.STAFF);
    }
}
