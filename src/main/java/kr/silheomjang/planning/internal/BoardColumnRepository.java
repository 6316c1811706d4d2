package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardColumnRepository extends JpaRepository<BoardColumn, Long> {

    List<BoardColumn> findByExperimentIdOrderBySortKeyAscIdAsc(long experimentId);

    List<BoardColumn> findByExperimentIdIn(java.util.Collection<Long> experimentIds);
}
