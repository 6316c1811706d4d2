package kr.silheomjang.planning.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningTemplateRepository extends JpaRepository<PlanningTemplate, Long> {

    Optional<PlanningTemplate> findByCode(String code);

    List<PlanningTemplate> findAllByOrderByIdAsc();
}
