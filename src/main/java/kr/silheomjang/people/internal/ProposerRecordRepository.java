package kr.silheomjang.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposerRecordRepository extends JpaRepository<ProposerRecord, Long> {

    Optional<ProposerRecord> findByExperimentId(long experimentId);

    java.util.List<ProposerRecord> findByExperimentIdIn(java.util.Collection<Long> ids);
}
