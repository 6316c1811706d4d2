package kr.silheomjang.schedule.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    Optional<FeedToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<FeedToken> findByExperimentIdAndUserIdAndRevokedAtIsNull(long experimentId, long userId);
}
