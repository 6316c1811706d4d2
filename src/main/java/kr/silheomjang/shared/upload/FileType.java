package kr.silheomjang.shared.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.shared.csv.CsvReader;

/**
 * A kind of file the application accepts somewhere, with its extensions, the type it is served as, and how its
 * content is recognised. Every type has a content check: the extension and the browser's declared type are only
 * claims (anyone can rename {@code setup.exe} to {@code 회의록.hwp}), so the first bytes, or for text the whole file,
 * must match what the name says.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    /** Plain text, UTF-8 or Korean CP949 (Notepad and 한글 save either), without control characters. */
    TXT("text/plain", "txt"),
    /** Like {@link #TXT}; the CSV import reads it through {@code shared.csv.CsvReader} afterwards. */
    CSV("text/csv", "csv"),
    /** Like {@link #TXT}; the proposal import (Decidim's "Export proposals") parses it afterwards. */
    JSON("application/json", "json"),
    /** 한글 (HWP 5): an OLE compound file whose FileHeader stream starts with "HWP Document File"; or HWP 3. */
    HWP("application/x-hwp", "hwp"),
    /** 한글 (OWPML, the newer default): a ZIP whose first entry is the mimetype {@code application/hwp+zip}. */
    HWPX("application/hwp+zip", "hwpx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final String mimeType;
    private final List<String> extensions;

    FileType(String mimeType, String... extensions) {
        this.mimeType = mimeType;
        this.extensions = List.of(extensions);
    }

    public String mimeType() {
        return mimeType;
    }

    /** Lower-case extensions without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name claims by its extension (case-insensitive), if any. */
    public static Optional<FileType> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type a browser declared (its MIME type, parameters ignored), if it is one of ours. */
    public static Optional<FileType> ofMimeType(@Nullable String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        String bare = mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.mimeType.equals(bare)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * True for types recognised by a signature at the very start (images, PDF): their first
     * {@link UploadPolicy#HEAD_BYTES} prove them, so they can be checked while the rest still streams in.
     */
    public boolean knownByFirstBytes() {
        return switch (this) {
            case PDF, PNG, JPEG, GIF, WEBP -> true;
            default -> false;
        };
    }

    /** True when the content is really of this type. */
    public boolean matches(byte[] bytes) {
        return switch (this) {
            case PDF -> startsWith(bytes, ascii("%PDF-"));
            case PNG -> startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case JPEG -> startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case GIF -> startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"));
            case WEBP -> startsWith(bytes, ascii("RIFF")) && bytes.length >= 12
                    && regionEquals(bytes, 8, ascii("WEBP"));
            case TXT, CSV, JSON -> CsvReader.isPlainText(bytes);
            // The FileHeader stream of HWP 5 is stored uncompressed, so its signature is in the bytes; an OLE file
            // without it is a Word .doc or Excel .xls renamed.
            case HWP -> startsWith(bytes, ascii("HWP Document File"))
                    || startsWith(bytes, OLE) && contains(bytes, ascii("HWP Document File"), Integer.MAX_VALUE);
            // OWPML stores "mimetype" first and uncompressed, like ODF and EPUB.
            case HWPX -> startsWith(bytes, ZIP) && regionEquals(bytes, 30, ascii("mimetype"))
                    && contains(bytes, ascii("application/hwp+zip"), 200);
            case DOCX -> officeZip(bytes, "word/");
            case XLSX -> officeZip(bytes, "xl/");
            case PPTX -> officeZip(bytes, "ppt/");
        };
    }

    /** Office Open XML: a ZIP whose entry names (local headers or central directory) include the part folder. */
    private static boolean officeZip(byte[] bytes, String folder) {
        return startsWith(bytes, ZIP) && contains(bytes, ascii("[Content_Types].xml"), Integer.MAX_VALUE)
                && contains(bytes, ascii(folder), Integer.MAX_VALUE);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return regionEquals(bytes, 0, prefix);
    }

    private static boolean regionEquals(byte[] bytes, int offset, byte[] expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code needle} occurs within the first {@code within} bytes. */
    private static boolean contains(byte[] bytes, byte[] needle, int within) {
        int end = (int) Math.min((long) bytes.length, (long) within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
