package kr.silheomjang.planning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attachments on disk under {@code silheomjang.planning.attachment-dir} (default {@code ./data/attachments}), each
 * file named by its storage key; the database keeps the original name. The default store.
 */
class DiskAttachmentStore implements AttachmentStore {

    private final Path dir;

    DiskAttachmentStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public String save(byte[] bytes) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(key), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A rolled-back transaction leaves no orphan file behind.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    @Override
    public byte[] read(String key) {
        try {
            return Files.readAllBytes(dir.resolve(safe(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file once the transaction that removed its row has committed. */
    @Override
    public void deleteLater(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delete(key);
                }
            });
        } else {
            delete(key);
        }
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(dir.resolve(safe(key)));
        } catch (IOException ignored) {
            // an orphan file is harmless; the row is what counts
        }
    }

    private static String safe(String key) {
        return UUID.fromString(key).toString();
    }
}
