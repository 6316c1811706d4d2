package kr.silheomjang.topic.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicDecisionRepository extends JpaRepository<TopicDecision, Long> {

    List<TopicDecision> findByCandidateIdOrderByDecidedAtDescIdDesc(long candidateId);
}
