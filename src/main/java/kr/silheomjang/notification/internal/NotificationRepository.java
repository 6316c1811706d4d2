package kr.silheomjang.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import kr.silheomjang.shared.Notable;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    Optional<Notification> findByUserIdAndDedupeKey(long userId, String dedupeKey);

    List<Notification> findByKindAndExperimentIdAndTargetId(Notable.Kind kind, long experimentId, long targetId);

    /**
     * The inbox, newest change first: only experiments the person still belongs to ({@code member}), and the
     * editors-only kinds only where they are an owner or planner ({@code editor}).
     */
    @Query("select n from Notification n where n.userId = :u and n.experimentId in :member"
            + " and (n.kind not in :editorKinds or n.experimentId in :editor) order by n.updatedAt desc, n.id desc")
    List<Notification> inbox(@Param("u") long userId, @Param("member") Collection<Long> member,
            @Param("editor") Collection<Long> editor, @Param("editorKinds") Collection<Notable.Kind> editorKinds,
            Pageable page);

    @Query("select count(n) from Notification n where n.userId = :u and n.experimentId in :member"
            + " and (n.kind not in :editorKinds or n.experimentId in :editor)")
    long countInbox(@Param("u") long userId, @Param("member") Collection<Long> member,
            @Param("editor") Collection<Long> editor, @Param("editorKinds") Collection<Notable.Kind> editorKinds);

    @Query("select count(n) from Notification n where n.userId = :u and n.readAt is null and n.experimentId in :member"
            + " and (n.kind not in :editorKinds or n.experimentId in :editor)")
    long countUnread(@Param("u") long userId, @Param("member") Collection<Long> member,
            @Param("editor") Collection<Long> editor, @Param("editorKinds") Collection<Notable.Kind> editorKinds);

    @Query("select n from Notification n where n.userId = :u and n.readAt is null")
    List<Notification> unread(@Param("u") long userId);

    /** What the next digest of the person holds: wanted by mail, not yet mailed, not read meanwhile. */
    @Query("select n from Notification n where n.userId = :u and n.digestWanted = true and n.digestedAt is null"
            + " order by n.updatedAt, n.id")
    List<Notification> forDigest(@Param("u") long userId);

    @Modifying
    @Query("delete from Notification n where n.updatedAt < :before")
    int purgeOlderThan(@Param("before") Instant before);

    /** Every notification of one person (their account is deleted). */
    @Modifying
    @Query("delete from Notification n where n.userId = :u")
    int deleteByUserId(@Param("u") long userId);
}
