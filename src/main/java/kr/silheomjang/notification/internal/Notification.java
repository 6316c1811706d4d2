package kr.silheomjang.notification.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.silheomjang.shared.Notable;

/** One notification in one person's inbox (V58). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "experiment_id", nullable = false)
    private long experimentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Notable.Kind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "dedupe_key", nullable = false, length = 120)
    private String dedupeKey;

    @Column(name = "experiment_title", nullable = false, length = 200)
    private String experimentTitle;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "digest_wanted", nullable = false)
    private boolean digestWanted;

    @Column(name = "digested_at")
    private @Nullable Instant digestedAt;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Notification() {
    }

    public Notification(long userId, Notable n, String dedupeKey, String experimentTitle, boolean digestWanted,
            Instant now) {
        this.userId = userId;
        this.experimentId = n.experimentId();
        this.kind = n.kind();
        this.targetId = n.targetId();
        this.dedupeKey = dedupeKey;
        this.experimentTitle = cut(experimentTitle, 200);
        this.subject = cut(n.subject(), 200);
        this.actorName = cut(n.actorName(), 100);
        this.itemCount = 1;
        this.createdAt = now;
        this.updatedAt = now;
        this.digestWanted = digestWanted;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** One more of a batched kind (survey answers): counted, unread again, in the next digest again. */
    public void oneMore(Instant now) {
        itemCount++;
        updatedAt = now;
        readAt = null;
        digestedAt = null;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void markDigested(Instant now) {
        digestedAt = now;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public long getUserId() {
        return userId;
    }

    public long getExperimentId() {
        return experimentId;
    }

    public Notable.Kind getKind() {
        return kind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getExperimentTitle() {
        return experimentTitle;
    }

    public String getSubject() {
        return subject;
    }

    public String getActorName() {
        return actorName;
    }

    public int getItemCount() {
        return itemCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
