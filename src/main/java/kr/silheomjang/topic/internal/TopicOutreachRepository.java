package kr.silheomjang.topic.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicOutreachRepository extends JpaRepository<TopicOutreach, Long> {
}
