package kr.silheomjang.portfolio.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StagePlanRepository extends JpaRepository<StagePlanRecord, Long> {
}
