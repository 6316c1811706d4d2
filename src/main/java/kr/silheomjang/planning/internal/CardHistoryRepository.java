package kr.silheomjang.planning.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CardHistoryRepository extends JpaRepository<CardHistoryEntry, Long> {

    List<CardHistoryEntry> findByCardIdOrderByCreatedAtDescIdDesc(long cardId);
}
