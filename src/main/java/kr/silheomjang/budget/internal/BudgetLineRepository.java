package kr.silheomjang.budget.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByExperimentIdOrderByIdAsc(long experimentId);

    Optional<BudgetLine> findByIdAndExperimentId(long id, long experimentId);

    long countByExperimentId(long experimentId);

    @org.springframework.data.jpa.repository.Query(
            "select distinct l.experimentId from BudgetLine l where l.experimentId in :experimentIds")
    List<Long> experimentsWithLines(java.util.Collection<Long> experimentIds);
}
