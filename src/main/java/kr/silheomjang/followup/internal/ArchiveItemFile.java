package kr.silheomjang.followup.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.hibernate.Length;

/** The bytes of an uploaded archive file, in their own table so listing the archive never loads them. */
@Entity
@Table(name = "archive_item_file")
public class ArchiveItemFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    // LONG32: MySQL/MariaDB expect LONGBLOB (what V40 creates).
    @Lob
    @Column(name = "content_data", nullable = false, length = Length.LONG32)
    private byte[] data;

    protected ArchiveItemFile() {
    }

    public ArchiveItemFile(long itemId, byte[] data) {
        this.itemId = itemId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
