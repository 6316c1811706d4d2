package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kr.silheomjang.people.ConsentKind;

public interface ConsentEntryRepository extends JpaRepository<ConsentEntry, Long> {

    /** The proposer's consent log (applicants' own consents, which name a participant, are not part of it). */
    @Query("select c from ConsentEntry c where c.experimentId = :experimentId and c.participantId is null"
            + " order by c.recordedAt desc, c.id desc")
    List<ConsentEntry> findByExperimentIdOrderByRecordedAtDescIdDesc(long experimentId);

    /** The proposer's entries of one kind, newest first. */
    @Query("select c from ConsentEntry c where c.experimentId = :experimentId and c.kind = :kind"
            + " and c.participantId is null order by c.id desc")
    List<ConsentEntry> findByExperimentIdAndKindOrderByIdDesc(long experimentId, ConsentKind kind);

    /** One applicant's own consents, newest first. */
    List<ConsentEntry> findByParticipantIdOrderByIdDesc(long participantId);

    /** For the stage checklist of many experiments: the entries of one kind, newest first. */
    @Query("select c from ConsentEntry c where c.experimentId in :ids and c.kind = :kind and c.participantId is null"
            + " order by c.recordedAt desc, c.id desc")
    List<ConsentEntry> findLatestFirst(java.util.Collection<Long> ids, kr.silheomjang.people.ConsentKind kind);

    /** Whether the proposer's latest filming decision refuses (or withdrew) it: then a proposer is never filmable. */
    default boolean filmingRefusedByProposer(long experimentId) {
        return findByExperimentIdAndKindOrderByIdDesc(experimentId, ConsentKind.FILMING).stream().findFirst()
                .map(ConsentEntry::getDecision).map(decision -> !decision.allows()).orElse(false);
    }
}
