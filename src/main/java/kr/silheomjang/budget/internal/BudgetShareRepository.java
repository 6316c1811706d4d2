package kr.silheomjang.budget.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetShareRepository extends JpaRepository<BudgetShare, Long> {

    List<BudgetShare> findByExperimentId(long experimentId);

    long deleteByExperimentIdAndPartnerId(long experimentId, long partnerId);

    boolean existsByExperimentIdAndPartnerId(long experimentId, long partnerId);
}
