package kr.silheomjang.schedule.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScheduleEventRepository extends JpaRepository<ScheduleEvent, Long> {

    /** Every experiment's events starting on the day, attendees fetched (the "event tomorrow" notifications). */
    @Query("select distinct e from ScheduleEvent e left join fetch e.attendeeIds where e.startDate = :day")
    List<ScheduleEvent> startingOn(@Param("day") LocalDate day);

    /** Events overlapping {@code [from, to]}, attendees fetched in the same query. */
    @Query("select distinct e from ScheduleEvent e left join fetch e.attendeeIds where e.experimentId = :experimentId"
            + " and e.startDate <= :to and e.endDate >= :from order by e.startDate, e.startTime, e.id")
    List<ScheduleEvent> findInRange(@Param("experimentId") long experimentId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("select distinct e from ScheduleEvent e left join fetch e.attendeeIds where e.experimentId = :experimentId"
            + " order by e.startDate, e.startTime, e.id")
    List<ScheduleEvent> findAllOf(@Param("experimentId") long experimentId);

    Optional<ScheduleEvent> findByIdAndExperimentId(long id, long experimentId);

    List<ScheduleEvent> findByExperimentIdAndOffsetDaysIsNotNullOrderByStartDateAsc(long experimentId);

    List<ScheduleEvent> findByExperimentIdAndTemplateStepIdIsNotNull(long experimentId);

    /** The experiment's proposer meeting: the first event of that type. */
    Optional<ScheduleEvent> findFirstByExperimentIdAndTypeOrderByIdAsc(long experimentId,
            kr.silheomjang.schedule.EventType type);

    /** The proposer meetings, first first, locked until the transaction ends (a change of the meeting's day). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ScheduleEvent e where e.experimentId = :experimentId and e.type = :type order by e.id")
    List<ScheduleEvent> lockMeeting(@Param("experimentId") long experimentId,
            @Param("type") kr.silheomjang.schedule.EventType type);

    /**
     * For the stage checklist of many experiments: [experiment id, type, place, start date, template step id] of the
     * event-day events and of the events the backward plan made.
     */
    @Query("select e.experimentId, e.type, e.place, e.startDate, e.templateStepId from ScheduleEvent e"
            + " where e.experimentId in :ids and (e.type = :day or e.templateStepId is not null)")
    List<Object[]> guideOutlines(@Param("ids") java.util.Collection<Long> ids,
            @Param("day") kr.silheomjang.schedule.EventType day);

    /** The milestones of many experiments, attendees fetched in the same query (portfolio timeline). */
    @Query("select distinct e from ScheduleEvent e left join fetch e.attendeeIds where e.experimentId in :ids"
            + " and e.milestone = 1 order by e.startDate, e.id")
    List<ScheduleEvent> findMilestones(@Param("ids") java.util.Collection<Long> ids);

    /** The ids of the experiment's events the member attends (they are leaving it). */
    @Query("select e.id from ScheduleEvent e join e.attendeeIds a where e.experimentId = :x and a = :u")
    List<Long> attendedBy(@Param("x") long experimentId, @Param("u") long userId);

    /**
     * Takes the member off the events, as statements: they wait for a co-planner's save of the same event instead of
     * failing over its version, and then move the version, so that save's next one is told.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query(value = "delete from schedule_event_attendee where user_id = :u and event_id in (:ids)", nativeQuery = true)
    int removeAttendee(@Param("ids") java.util.Collection<Long> eventIds, @Param("u") long userId);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @Query("update ScheduleEvent e set e.version = e.version + 1, e.updatedAt = :now, e.updatedByName = :by"
            + " where e.id in :ids")
    int touch(@Param("ids") java.util.Collection<Long> eventIds, @Param("now") java.time.Instant now,
            @Param("by") String byName);
}
