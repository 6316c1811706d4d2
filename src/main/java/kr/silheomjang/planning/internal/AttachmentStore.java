package kr.silheomjang.planning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kr.silheomjang.shared.UserFacingException;

/**
 * Card attachments on disk under {@code silheomjang.planning.attachment-dir} (default {@code ./data/attachments}),
 * each under a random name; the database keeps the original name. Size and type are checked here, on the server:
 * an allow-list of extensions, and for images and PDFs the first bytes must match.
 */
@Component
public class AttachmentStore {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("hwp", "application/x-hwp"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private final Path dir;
    private final long maxBytes;

    AttachmentStore(@Value("${silheomjang.planning.attachment-dir:./data/attachments}") String dir,
            @Value("${silheomjang.planning.attachment-max-bytes:10485760}") long maxBytes) {
        this.dir = Path.of(dir);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The cleaned file name if the file may be stored; refuses with a message key otherwise. */
    public static String check(String fileName, String declaredType, byte[] bytes, long maxBytes) {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new UserFacingException("planning.error.attachment.name");
        }
        if (bytes == null || bytes.length == 0 || bytes.length > maxBytes) {
            throw new UserFacingException("planning.error.attachment.size");
        }
        String ext = extension(name);
        if (!TYPES.containsKey(ext)) {
            throw new UserFacingException("planning.error.attachment.type");
        }
        boolean contentOk = switch (ext) {
            case "pdf" -> startsWith(bytes, "%PDF".getBytes());
            case "png" -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "jpg", "jpeg" -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "gif" -> startsWith(bytes, "GIF8".getBytes());
            case "docx", "xlsx", "pptx" -> startsWith(bytes, new byte[] {'P', 'K', 3, 4});
            default -> true;
        };
        if (!contentOk) {
            throw new UserFacingException("planning.error.attachment.type");
        }
        return name;
    }

    public static String typeOf(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
    }

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

    public byte[] read(String key) {
        try {
            return Files.readAllBytes(dir.resolve(safe(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file once the transaction that removed its row has committed. */
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

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
