package kr.silheomjang.survey.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObservationRepository extends JpaRepository<Observation, Long> {

    List<Observation> findByExperimentIdOrderByObservedAtDescIdDesc(long experimentId);

    /** For the stage checklist of many experiments: [experiment id, observations]. */
    @org.springframework.data.jpa.repository.Query(
            "select o.experimentId, count(o) from Observation o where o.experimentId in :ids group by o.experimentId")
    java.util.List<Object[]> countByExperiment(java.util.Collection<Long> ids);
}
