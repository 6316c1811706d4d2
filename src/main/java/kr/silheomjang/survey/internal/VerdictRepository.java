package kr.silheomjang.survey.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerdictRepository extends JpaRepository<Verdict, Long> {

    List<Verdict> findByExperimentId(long experimentId);

    Optional<Verdict> findByExperimentIdAndQuestionId(long experimentId, long questionId);
}
