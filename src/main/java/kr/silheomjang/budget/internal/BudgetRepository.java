package kr.silheomjang.budget.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BudgetRepository extends JpaRepository<Budget, Long> {

    Optional<Budget> findByExperimentId(long experimentId);

    /** The parent row every budget write locks first (one fixed order: budget, then lines, then expenses). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Budget b where b.experimentId = :experimentId")
    Optional<Budget> lockByExperimentId(long experimentId);
}
