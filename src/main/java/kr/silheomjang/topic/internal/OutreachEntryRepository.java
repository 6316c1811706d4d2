package kr.silheomjang.topic.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutreachEntryRepository extends JpaRepository<OutreachEntry, Long> {

    /** Newest first. */
    List<OutreachEntry> findByCandidateIdOrderByHappenedOnDescIdDesc(long candidateId);

    List<OutreachEntry> findByCandidateIdIn(Collection<Long> candidateIds);
}
