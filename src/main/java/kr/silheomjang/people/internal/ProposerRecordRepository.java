package kr.silheomjang.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposerRecordRepository extends JpaRepository<ProposerRecord, Long> {

    Optional<ProposerRecord> findByExperimentId(long experimentId);
}
