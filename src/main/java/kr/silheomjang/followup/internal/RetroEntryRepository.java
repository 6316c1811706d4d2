package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RetroEntryRepository extends JpaRepository<RetroEntry, Long> {

    List<RetroEntry> findByExperimentIdOrderByIdAsc(long experimentId);

    long countByExperimentId(long experimentId);

    @Query("select e.experimentId, count(e) from RetroEntry e where e.experimentId in :ids group by e.experimentId")
    List<Object[]> countByExperiments(Collection<Long> ids);
}
