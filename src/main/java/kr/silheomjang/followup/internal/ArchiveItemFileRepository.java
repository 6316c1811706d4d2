package kr.silheomjang.followup.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveItemFileRepository extends JpaRepository<ArchiveItemFile, Long> {

    Optional<ArchiveItemFile> findByItemId(long itemId);

    void deleteByItemId(long itemId);
}
