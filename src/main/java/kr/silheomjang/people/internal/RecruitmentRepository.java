package kr.silheomjang.people.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import jakarta.persistence.LockModeType;

public interface RecruitmentRepository extends JpaRepository<Recruitment, Long> {

    Optional<Recruitment> findByExperimentId(long experimentId);

    Optional<Recruitment> findByToken(String token);

    /** Locks the form's row: sign-ups, selection and cancellations of one experiment take turns (capacity). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Recruitment r where r.experimentId = :e")
    Optional<Recruitment> lockByExperimentId(@Param("e") long experimentId);
}
