package kr.silheomjang.budget.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpenseRepository extends JpaRepository<Expense, Long> {

    List<Expense> findByExperimentIdOrderBySpentOnDescIdDesc(long experimentId);

    Optional<Expense> findByIdAndExperimentId(long id, long experimentId);

    boolean existsByLineId(long lineId);
}
