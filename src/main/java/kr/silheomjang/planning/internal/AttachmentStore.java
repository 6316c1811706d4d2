package kr.silheomjang.planning.internal;

import kr.silheomjang.shared.upload.FileType;
import kr.silheomjang.shared.upload.UploadPolicy;

/**
 * Where the bytes of card attachments live, chosen by {@code silheomjang.planning.attachment-store}: {@code disk}
 * (default, {@link DiskAttachmentStore}) or {@code database} ({@link DatabaseAttachmentStore}); see
 * {@link AttachmentStoreConfiguration}. The {@code card_attachment} row (name, type, size, storage key) is the same
 * either way. Size, name and type are checked with {@link #policy}
 * (the shared upload rules) on the server before any store sees the bytes.
 */
public interface AttachmentStore {

    /**
     * What a card accepts: PDF, images, 한글 (HWP, HWPX), Office documents, text and CSV, each checked against its
     * content; size limit from {@code silheomjang.planning.attachment-max-bytes}.
     */
    static UploadPolicy policy(long maxBytes) {
        return UploadPolicy.of(maxBytes, FileType.PDF, FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP,
                FileType.TXT, FileType.CSV, FileType.HWP, FileType.HWPX, FileType.DOCX, FileType.XLSX,
                FileType.PPTX).messages("planning.error.attachment.size", "planning.error.attachment.type");
    }

    /** Stores checked bytes inside the current transaction and returns the new storage key (a random UUID). */
    String save(byte[] bytes);

    byte[] read(String key);

    /** Removes the bytes of a deleted row; never before the transaction that deleted the row has committed. */
    void deleteLater(String key);
}
