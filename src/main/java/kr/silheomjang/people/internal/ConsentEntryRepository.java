package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kr.silheomjang.people.ConsentKind;

public interface ConsentEntryRepository extends JpaRepository<ConsentEntry, Long> {

    List<ConsentEntry> findByExperimentIdOrderByRecordedAtDescIdDesc(long experimentId);

    List<ConsentEntry> findByExperimentIdAndKindOrderByIdDesc(long experimentId, ConsentKind kind);

    /** For the stage checklist of many experiments: the entries of one kind, newest first. */
    @Query("select c from ConsentEntry c where c.experimentId in :ids and c.kind = :kind"
            + " order by c.recordedAt desc, c.id desc")
    List<ConsentEntry> findLatestFirst(java.util.Collection<Long> ids, kr.silheomjang.people.ConsentKind kind);

    /** Whether the proposer's latest filming decision refuses (or withdrew) it: then a proposer is never filmable. */
    default boolean filmingRefusedByProposer(long experimentId) {
        return findByExperimentIdAndKindOrderByIdDesc(experimentId, ConsentKind.FILMING).stream().findFirst()
                .map(ConsentEntry::getDecision).map(decision -> !decision.allows()).orElse(false);
    }
}
