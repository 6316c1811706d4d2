package kr.silheomjang.topic.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyResponseRepository extends JpaRepository<AgencyResponse, Long> {

    List<AgencyResponse> findByCandidateIdOrderByAskedOnDescIdDesc(long candidateId);
}
