package kr.silheomjang.topic.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import kr.silheomjang.topic.ScreeningQuestion;

public interface ScreeningEntryRepository extends JpaRepository<ScreeningEntry, Long> {

    List<ScreeningEntry> findByCandidateIdOrderByIdAsc(long candidateId);

    List<ScreeningEntry> findByCandidateIdInOrderByIdAsc(Collection<Long> candidateIds);

    Optional<ScreeningEntry> findByCandidateIdAndQuestionAndUserId(long candidateId, ScreeningQuestion question,
            long userId);
}
