package kr.silheomjang.followup.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroActionRepository extends JpaRepository<RetroAction, Long> {

    List<RetroAction> findByExperimentIdOrderByIdAsc(long experimentId);

    Optional<RetroAction> findByIdAndExperimentId(long id, long experimentId);

    boolean existsByExperimentIdAndSourceRef(long experimentId, String sourceRef);
}
