package kr.silheomjang.followup.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RetroEntryRepository extends JpaRepository<RetroEntry, Long> {

    List<RetroEntry> findByExperimentIdOrderByIdAsc(long experimentId);

    long countByExperimentId(long experimentId);
}
