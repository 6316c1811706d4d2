package kr.silheomjang.planning.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import kr.silheomjang.shared.UserFacingException;

/**
 * Where the bytes of card attachments live, chosen by {@code silheomjang.planning.attachment-store}: {@code disk}
 * (default, {@link DiskAttachmentStore}) or {@code database} ({@link DatabaseAttachmentStore}); see
 * {@link AttachmentStoreConfiguration}. The {@code card_attachment} row (name, type, size, storage key) is the same
 * either way. Size and type are checked here, once, on the server, before any store sees the bytes: an allow-list of
 * extensions, and for images, PDFs and Office files the first bytes must match.
 */
public interface AttachmentStore {

    Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("hwp", "application/x-hwp"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    /** Stores checked bytes inside the current transaction and returns the new storage key (a random UUID). */
    String save(byte[] bytes);

    byte[] read(String key);

    /** Removes the bytes of a deleted row; never before the transaction that deleted the row has committed. */
    void deleteLater(String key);

    /** The cleaned file name if the file may be stored; refuses with a message key otherwise. */
    static String check(String fileName, String declaredType, byte[] bytes, long maxBytes) {
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

    static String typeOf(String name) {
        return TYPES.getOrDefault(extension(name), "application/octet-stream");
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
