package kr.silheomjang.experiment.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    List<ActivityEntry> findByExperimentIdOrderByCreatedAtDescIdDesc(long experimentId, Pageable page);

    long countByExperimentId(long experimentId);

    /** The stage history of many experiments in one query: [experiment id, action, detail, created at], oldest first. */
    @org.springframework.data.jpa.repository.Query("select a.experimentId, a.action, a.detail, a.createdAt"
            + " from ActivityEntry a where a.experimentId in :ids and a.action in :actions"
            + " order by a.experimentId, a.createdAt, a.id")
    List<Object[]> history(java.util.Collection<Long> ids,
            java.util.Collection<kr.silheomjang.experiment.ActivityAction> actions);
}
