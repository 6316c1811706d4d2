package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByCardIdOrderBySortKeyAscIdAsc(long cardId);

    /** (cardId, total, done) per card of the board, in one query. */
    @Query("select i.cardId, count(i), count(i.doneAt) from ChecklistItem i, Card c "
            + "where c.id = i.cardId and c.experimentId = :e group by i.cardId")
    List<Object[]> progress(@Param("e") long experimentId);
}
