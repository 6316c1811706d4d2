package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanningTemplateItemRepository extends JpaRepository<PlanningTemplateItem, Long> {

    List<PlanningTemplateItem> findByTemplateIdOrderBySortOrderAscIdAsc(long templateId);

    List<PlanningTemplateItem> findByTemplateIdAndLanguageOrderBySortOrderAscIdAsc(long templateId, String language);

    /** [template code, item title] of every stored template item, in every language. */
    @org.springframework.data.jpa.repository.Query(
            "select t.code, i.title from PlanningTemplateItem i, PlanningTemplate t where i.templateId = t.id")
    List<Object[]> titlesByTemplate();
}
