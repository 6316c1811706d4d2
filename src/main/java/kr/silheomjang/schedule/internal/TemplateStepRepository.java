package kr.silheomjang.schedule.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateStepRepository extends JpaRepository<TemplateStep, Long> {

    List<TemplateStep> findByExperimentIdOrderByOffsetDaysAscIdAsc(long experimentId);

    List<TemplateStep> findByExperimentIdIsNullOrderByOffsetDaysAscIdAsc();

    Optional<TemplateStep> findByIdAndExperimentId(long id, long experimentId);
}
