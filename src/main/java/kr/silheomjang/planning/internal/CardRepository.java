package kr.silheomjang.planning.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CardRepository extends JpaRepository<Card, Long> {

    List<Card> findByExperimentIdOrderBySortKeyAscIdAsc(long experimentId);

    List<Card> findByColumnIdOrderBySortKeyAscIdAsc(long columnId);

    long countByColumnId(long columnId);

    /** How many of the experiment's cards carry one of these titles (a template's cards already on the board). */
    long countByExperimentIdAndTitleIn(long experimentId, java.util.Collection<String> titles);

    /** (cardId, userId) of every assignee on the board: one query, whatever the card count. */
    @Query("select c.id, a from Card c join c.assigneeIds a where c.experimentId = :e")
    List<Object[]> assignees(@Param("e") long experimentId);

    @Query("select c.id, l from Card c join c.labels l where c.experimentId = :e")
    List<Object[]> labels(@Param("e") long experimentId);

    /** Every experiment's cards due in the range, assignees fetched (the due-date notifications' daily scan). */
    @Query("select distinct c from Card c left join fetch c.assigneeIds where c.dueDate between :from and :to")
    List<Card> dueAnywhere(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Query("select c from Card c where c.experimentId = :e and c.dueDate between :from and :to order by c.dueDate, c.id")
    List<Card> due(@Param("e") long experimentId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Moves without touching the version: positions never conflict with content edits. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Card c set c.columnId = :col, c.sortKey = :key where c.id = :id")
    void place(@Param("id") long cardId, @Param("col") long columnId, @Param("key") String sortKey);

    /**
     * (id, rank) of a column's cards in board order, read from the database rather than from entities the
     * transaction may already hold (so a move computes its rank from what the previous lock holder committed).
     */
    @Query("select c.id, c.sortKey from Card c where c.columnId = :col order by c.sortKey, c.id")
    List<Object[]> ranks(@Param("col") long columnId);

    @Query("select c.columnId from Card c where c.id = :id and c.experimentId = :e")
    java.util.Optional<Long> columnOf(@Param("e") long experimentId, @Param("id") long cardId);

    /** For the stage checklist of many experiments: [experiment id, card id, column id, category, title]. */
    @Query("select c.experimentId, c.id, c.columnId, c.category, c.title from Card c where c.experimentId in :ids")
    List<Object[]> outlines(@Param("ids") java.util.Collection<Long> experimentIds);

    /** Ids of the cards carrying any of these labels (one word in each language), for many experiments. */
    @Query("select distinct c.id from Card c join c.labels l where c.experimentId in :ids and l in :labels")
    List<Long> withLabel(@Param("ids") java.util.Collection<Long> experimentIds,
            @Param("labels") java.util.Collection<String> labels);

    /** The ids of the experiment's cards the member is assigned to (they are leaving it). */
    @Query("select c.id from Card c join c.assigneeIds a where c.experimentId = :e and a = :u")
    List<Long> assignedTo(@Param("e") long experimentId, @Param("u") long userId);

    /**
     * Takes the member off the cards, as statements: they wait for a co-planner's save of the same card instead of
     * failing over its version, and then move the version, so that save's next one is told.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "delete from card_assignee where user_id = :u and card_id in (:ids)", nativeQuery = true)
    int unassign(@Param("ids") java.util.Collection<Long> cardIds, @Param("u") long userId);

    @Modifying(flushAutomatically = true)
    @Query("update Card c set c.version = c.version + 1, c.updatedAt = :now, c.updatedByName = :by"
            + " where c.id in :ids")
    int touch(@Param("ids") java.util.Collection<Long> cardIds, @Param("now") java.time.Instant now,
            @Param("by") String byName);
}
