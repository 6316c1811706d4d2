package kr.silheomjang.experiment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StageCheckWaiverRepository extends JpaRepository<StageCheckWaiver, Long> {

    List<StageCheckWaiver> findByExperimentId(long experimentId);

    List<StageCheckWaiver> findByExperimentIdIn(Collection<Long> experimentIds);

    Optional<StageCheckWaiver> findByExperimentIdAndCheckKey(long experimentId, String checkKey);
}
