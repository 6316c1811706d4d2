package kr.silheomjang.planning.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import kr.silheomjang.shared.upload.FileStore;

/**
 * Attachments on disk under {@code silheomjang.planning.attachment-dir} (default {@code ./data/attachments}), each
 * file named by its storage key; the database keeps the original name. The default store. The files, their keys and
 * their life with the transaction are the shared {@link FileStore}'s (the budget's receipts use it too).
 */
class DiskAttachmentStore implements AttachmentStore {

    private final FileStore files;

    DiskAttachmentStore(Path dir) {
        this.files = new FileStore(dir);
    }

    /** A rolled-back transaction leaves no orphan file behind. */
    @Override
    public String save(byte[] bytes) {
        return files.keep(new ByteArrayInputStream(bytes));
    }

    @Override
    public byte[] read(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file once the transaction that removed its row has committed. */
    @Override
    public void deleteLater(String key) {
        files.deleteLater(key);
    }
}
