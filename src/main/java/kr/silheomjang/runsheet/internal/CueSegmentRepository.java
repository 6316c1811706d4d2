package kr.silheomjang.runsheet.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CueSegmentRepository extends JpaRepository<CueSegment, Long> {

    List<CueSegment> findByExperimentIdOrderByRankAscIdAsc(long experimentId);

    Optional<CueSegment> findByIdAndExperimentId(long id, long experimentId);

    long countByExperimentId(long experimentId);
}
