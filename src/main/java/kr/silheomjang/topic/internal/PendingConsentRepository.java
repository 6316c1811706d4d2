package kr.silheomjang.topic.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingConsentRepository extends JpaRepository<PendingConsent, Long> {

    /** Oldest first: the order they were given, and the order they are carried into the consent log. */
    List<PendingConsent> findByCandidateIdOrderByIdAsc(long candidateId);
}
