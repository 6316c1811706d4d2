package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffAssignmentRepository extends JpaRepository<StaffAssignment, Long> {

    List<StaffAssignment> findByExperimentIdOrderBySlotDateAscStartTimeAscIdAsc(long experimentId);

    /** For the stage checklist of many experiments: [experiment id, roster rows]. */
    @Query("select s.experimentId, count(s) from StaffAssignment s where s.experimentId in :ids group by s.experimentId")
    List<Object[]> countByExperiment(java.util.Collection<Long> ids);
}
