package kr.silheomjang.shared.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files on disk under one folder, each named by a random storage key (the database keeps the shown name,
 * type and size). Files are moved or copied in as streams and read back as streams: a file is never held in memory
 * whole. Tied to the caller's transaction: a file kept in a transaction that rolls back is removed again, and a file
 * whose row is deleted is removed only after that deletion commits.
 */
public final class FileStore {

    private final Path dir;

    public FileStore(Path dir) {
        this.dir = dir;
    }

    /** Keeps a staged upload (moved, not copied, when on the same disk) and returns its new storage key. */
    public String keep(StagedFile file) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(dir);
            Files.move(file.path(), dir.resolve(key), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(key);
        return key;
    }

    /** Keeps what a stream holds (demo data, moving older stored bytes here); returns the new storage key. */
    public String keep(InputStream in) {
        String key = UUID.randomUUID().toString();
        try (in) {
            Files.createDirectories(dir);
            Files.copy(in, dir.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        removeOnRollback(key);
        return key;
    }

    /** The stored file as a stream; the caller closes it. */
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(dir.resolve(safe(key)));
    }

    public boolean exists(String key) {
        return Files.isRegularFile(dir.resolve(safe(key)));
    }

    /** Removes a file once the transaction that removed its row has committed (at once outside a transaction). */
    public void deleteLater(String key) {
        kr.silheomjang.shared.AfterCommit.run(() -> delete(key));
    }

    private void removeOnRollback(String key) {
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
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(dir.resolve(safe(key)));
        } catch (IOException ignored) {
            // an orphan file is harmless; the row is what counts
        }
    }

    /** Keys are UUIDs; anything else (a path, "..") is refused before it reaches the file system. */
    private static String safe(String key) {
        return UUID.fromString(key).toString();
    }
}
