package kr.silheomjang.budget.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetShareRepository extends JpaRepository<BudgetShare, Long> {

    List<BudgetShare> findByExperimentId(long experimentId);

    List<BudgetShare> findByExperimentIdAndUserId(long experimentId, long userId);

    long deleteByExperimentIdAndPartnerIdAndUserId(long experimentId, long partnerId, long userId);

    boolean existsByExperimentIdAndPartnerIdAndUserId(long experimentId, long partnerId, long userId);
}
