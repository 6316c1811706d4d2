package kr.silheomjang.survey.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObservationPhotoRepository extends JpaRepository<ObservationPhoto, Long> {

    Optional<ObservationPhoto> findByObservationId(long observationId);
}
