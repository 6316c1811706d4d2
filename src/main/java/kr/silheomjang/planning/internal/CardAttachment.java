package kr.silheomjang.planning.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file on a card; the bytes live under the attachment directory, named by {@code storageKey}. */
@Entity
@Table(name = "card_attachment")
public class CardAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id", nullable = false)
    private long cardId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "uploaded_by_name", nullable = false, length = 100)
    private String uploadedByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CardAttachment() {
    }

    public CardAttachment(long cardId, String fileName, String contentType, long sizeBytes, String storageKey,
            String uploadedByName, Instant createdAt) {
        this.cardId = cardId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedByName = uploadedByName;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getCardId() { return cardId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedByName() { return uploadedByName; }
    public Instant getCreatedAt() { return createdAt; }
}
