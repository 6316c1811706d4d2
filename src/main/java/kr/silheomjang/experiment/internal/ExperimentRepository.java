package kr.silheomjang.experiment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kr.silheomjang.experiment.ExperimentSummary;

public interface ExperimentRepository extends JpaRepository<Experiment, Long> {

    @Query("""
            select new kr.silheomjang.experiment.ExperimentSummary(
                e.id, e.title, e.stage, e.eventDate, (e.archivedAt is not null), m.role)
            from Experiment e join Member m on m.experimentId = e.id
            where m.userId = :userId and (:includeArchived = true or e.archivedAt is null)
            order by e.archivedAt asc nulls first, e.eventDate asc, e.id asc""")
    List<ExperimentSummary> findSummaries(long userId, boolean includeArchived, Pageable page);

    @Query("""
            select count(e) from Experiment e join Member m on m.experimentId = e.id
            where m.userId = :userId and (:includeArchived = true or e.archivedAt is null)""")
    long countSummaries(long userId, boolean includeArchived);

    @Query("select distinct e from Experiment e left join fetch e.questions where e.id = :id")
    Optional<Experiment> findWithQuestions(long id);

    /** When the experiment was closed (empty: open, or no such experiment). */
    @Query("select e.closedAt from Experiment e where e.id = :id and e.closedAt is not null")
    Optional<java.time.Instant> closedAt(long id);

    /**
     * Locks the experiment row before a change to it: the change also inserts rows that point to it (activity log,
     * new questions), and two changes that each hold such a shared lock and then update the row would deadlock.
     */
    @Query(value = "select id from experiment where id = :id for update", nativeQuery = true)
    Optional<Long> lockRow(long id);

    /** The dates of many experiments in one query (the portfolio timeline). */
    @Query("select new kr.silheomjang.experiment.ExperimentDates(e.id, e.planningStart, e.eventDate, e.followUpEnd,"
            + " e.createdAt) from Experiment e where e.id in :ids")
    List<kr.silheomjang.experiment.ExperimentDates> dates(java.util.Collection<Long> ids);

    /** Questions written per experiment: [experiment id, count]. */
    @Query("select e.id, size(e.questions) from Experiment e where e.id in :ids")
    List<Object[]> questionCounts(java.util.Collection<Long> ids);

    /** What partner guests may see, for many experiments: [experiment id, contacts, needs, notes] (0/1 each). */
    @Query("select e.id, e.guestSeesContacts, e.guestSeesNeeds, e.guestSeesNotes from Experiment e where e.id in :ids")
    List<Object[]> guestScopesOf(java.util.Collection<Long> ids);
}
