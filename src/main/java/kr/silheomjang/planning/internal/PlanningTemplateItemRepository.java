package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningTemplateItemRepository extends JpaRepository<PlanningTemplateItem, Long> {

    List<PlanningTemplateItem> findByTemplateIdOrderBySortOrderAscIdAsc(long templateId);
}
