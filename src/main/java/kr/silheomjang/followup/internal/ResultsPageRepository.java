package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ResultsPageRepository extends JpaRepository<ResultsPage, Long> {

    Optional<ResultsPage> findByExperimentId(long experimentId);

    Optional<ResultsPage> findByTokenHash(String tokenHash);

    @Query("select r.experimentId from ResultsPage r where r.experimentId in :ids and r.publishedAt is not null")
    List<Long> publishedAmong(Collection<Long> ids);
}
