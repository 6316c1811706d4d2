package kr.silheomjang.followup.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArchiveItemRepository extends JpaRepository<ArchiveItem, Long> {

    List<ArchiveItem> findByExperimentIdOrderByItemDateDescIdDesc(long experimentId);

    Optional<ArchiveItem> findByIdAndExperimentId(long id, long experimentId);

    /** Per experiment: items, public items, public items not yet accessible (photo without alt, video without 자막). */
    @Query("select a.experimentId, count(a), sum(a.publicItem), sum(case when a.publicItem = 1 and ("
            + "(a.kind = kr.silheomjang.followup.ArchiveKind.PHOTO and (a.altText is null or a.altText = ''))"
            + " or (a.kind = kr.silheomjang.followup.ArchiveKind.VIDEO"
            + " and (a.subtitleStatus is null or a.subtitleStatus <> kr.silheomjang.followup.SubtitleStatus.HAS)))"
            + " then 1 else 0 end) from ArchiveItem a where a.experimentId in :ids group by a.experimentId")
    List<Object[]> counts(Collection<Long> ids);
}
