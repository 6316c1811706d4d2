package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import kr.silheomjang.people.ConsentKind;

public interface ConsentEntryRepository extends JpaRepository<ConsentEntry, Long> {

    List<ConsentEntry> findByExperimentIdOrderByRecordedAtDescIdDesc(long experimentId);

    List<ConsentEntry> findByExperimentIdAndKindOrderByIdDesc(long experimentId, ConsentKind kind);
}
