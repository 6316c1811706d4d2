package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CardCommentRepository extends JpaRepository<CardComment, Long> {

    List<CardComment> findByCardIdOrderByCreatedAtAscIdAsc(long cardId);

    @Query("select m.cardId, count(m) from CardComment m, Card c where c.id = m.cardId and c.experimentId = :e "
            + "group by m.cardId")
    List<Object[]> counts(@Param("e") long experimentId);
}
