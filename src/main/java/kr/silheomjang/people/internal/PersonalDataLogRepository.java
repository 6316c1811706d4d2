package kr.silheomjang.people.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalDataLogRepository extends JpaRepository<PersonalDataLogEntry, Long> {

    List<PersonalDataLogEntry> findByExperimentIdOrderByCreatedAtDescIdDesc(long experimentId);

    boolean existsByExperimentIdAndActionAndSubjectLabel(long experimentId, String action, String subjectLabel);
}
