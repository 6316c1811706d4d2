package kr.silheomjang.experiment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    @Query("""
            select i from Invitation i where i.experimentId = :experimentId
            and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now order by i.id""")
    List<Invitation> findPending(long experimentId, Instant now);
}
