package kr.silheomjang.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.Length;

/**
 * The bytes of one attachment when {@code silheomjang.planning.attachment-store=database}, in their own table (keyed by
 * the attachment's storage key) so listing a card's attachments never loads file contents.
 */
@Entity
@Table(name = "card_attachment_content")
public class CardAttachmentContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    // LONG32 makes MySQL/MariaDB expect LONGBLOB (what V6 creates); without it Hibernate would expect TINYBLOB.
    @Lob
    @Column(name = "content_data", nullable = false, length = Length.LONG32)
    private byte[] data;

    protected CardAttachmentContent() {
    }

    public CardAttachmentContent(String storageKey, byte[] data) {
        this.storageKey = storageKey;
        this.data = data;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public byte[] getData() {
        return data;
    }
}
