package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StaffAssignmentRepository extends JpaRepository<StaffAssignment, Long> {

    List<StaffAssignment> findByExperimentIdOrderBySlotDateAscStartTimeAscIdAsc(long experimentId);

    List<StaffAssignment> findByExperimentIdAndSlotDateOrderByStartTimeAscIdAsc(long experimentId,
            java.time.LocalDate slotDate);

    /** For the stage checklist of many experiments: [experiment id, roster rows]. */
    @Query("select s.experimentId, count(s) from StaffAssignment s where s.experimentId in :ids group by s.experimentId")
    List<Object[]> countByExperiment(java.util.Collection<Long> ids);

    /** The roster's links: [person name, member user id] of every linked line of the experiment. */
    @Query("select s.personName, s.memberUserId from StaffAssignment s where s.experimentId = :experimentId"
            + " and s.memberUserId is not null")
    List<Object[]> links(long experimentId);

    /**
     * Unlinks every line of the experiment linked to the user (the member left), moving each line's version and who
     * changed it last: an open staff dialog then says who changed the line. One statement, so it also reaches a link
     * saved by a transaction that committed while this one waited for the member row.
     */
    @Modifying(flushAutomatically = true)
    @Query("update StaffAssignment s set s.memberUserId = null, s.version = s.version + 1, s.updatedAt = :at,"
            + " s.updatedByName = :by where s.experimentId = :experimentId and s.memberUserId = :userId")
    int unlink(long experimentId, long userId, java.time.Instant at, String by);
}
