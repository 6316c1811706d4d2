package kr.silheomjang.planning.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CardAttachmentContentRepository extends JpaRepository<CardAttachmentContent, Long> {

    Optional<CardAttachmentContent> findByStorageKey(String storageKey);

    @Modifying
    @Query("delete from CardAttachmentContent c where c.storageKey = :storageKey")
    int deleteByStorageKey(String storageKey);
}
