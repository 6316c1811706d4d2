package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonalDataLogRepository extends JpaRepository<PersonalDataLogEntry, Long> {

    List<PersonalDataLogEntry> findByExperimentIdOrderByCreatedAtDescIdDesc(long experimentId);

    boolean existsByExperimentIdAndActionAndSubjectLabel(long experimentId, String action, String subjectLabel);

    /** For the stage checklist of many experiments: [experiment id, last time] of one action. */
    @Query("select l.experimentId, max(l.createdAt) from PersonalDataLogEntry l where l.experimentId in :ids"
            + " and l.action = :action group by l.experimentId")
    List<Object[]> lastOf(java.util.Collection<Long> ids, String action);
}
