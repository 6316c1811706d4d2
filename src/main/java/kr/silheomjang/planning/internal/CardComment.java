package kr.silheomjang.planning.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "card_comment")
public class CardComment {

    /** The longest comment body holds (VARCHAR(2000)). */
    public static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The author's last edit (shown as "(수정됨)"); null when never edited. */
    @Column(name = "edited_at")
    private Instant editedAt;

    /** Moves with every change of the body: the author's edits and the personal-data erasure (plain JDBC). */
    @Version
    private long version;

    protected CardComment() {
    }

    public CardComment(long cardId, long authorId, String authorName, String body, Instant createdAt) {
        this.cardId = cardId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getCardId() { return cardId; }
    public long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public long getVersion() { return version; }

    public void edit(String body, Instant now) {
        this.body = body;
        this.editedAt = now;
    }
}
