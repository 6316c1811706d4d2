package kr.silheomjang.experiment.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityEntryRepository extends JpaRepository<ActivityEntry, Long> {

    List<ActivityEntry> findByExperimentIdOrderByCreatedAtDescIdDesc(long experimentId, Pageable page);

    long countByExperimentId(long experimentId);
}
