package kr.silheomjang.topic.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import kr.silheomjang.topic.CandidateStatus;

public interface TopicCandidateRepository extends JpaRepository<TopicCandidate, Long>,
        JpaSpecificationExecutor<TopicCandidate> {

    /** The stored tag columns, each once: the tag filter needs no candidate bodies. */
    @Query("select distinct c.tags from TopicCandidate c where c.tags is not null")
    List<String> distinctTagColumns();

    /** The selection meeting's candidates: every open one, and decided ones not yet an experiment since a moment. */
    @Query("select c from TopicCandidate c where c.status in :open or (c.status in :decided"
            + " and c.experimentId is null and c.updatedAt > :since) order by c.id")
    List<TopicCandidate> forMeeting(Collection<CandidateStatus> open, Collection<CandidateStatus> decided,
            java.time.Instant since);

    @Query("select c.status, count(c) from TopicCandidate c group by c.status")
    List<Object[]> countByStatus();

    List<TopicCandidate> findByStatusInOrderByIdAsc(Collection<CandidateStatus> statuses);

    List<TopicCandidate> findByExperimentId(long experimentId);

    List<TopicCandidate> findByExperimentIdInOrderByIdAsc(Collection<Long> experimentIds);

    Optional<TopicCandidate> findBySourcePlatformAndExternalId(String sourcePlatform, String externalId);

    /** Locks the candidate row first: every write to a candidate and its children goes through it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TopicCandidate c where c.id = :id")
    Optional<TopicCandidate> findForUpdate(long id);
}
