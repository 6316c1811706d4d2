package kr.silheomjang.shared.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/**
 * What one kind of upload accepts: the largest size and the allowed {@link FileType}s, and the message keys its
 * refusals are shown with. The one place where every upload (card attachments, observation photos, CSV import) is
 * read, named and checked:
 * <ul>
 * <li>{@link #read} reads a stream and stops at the limit, so a file never sits in memory beyond it;</li>
 * <li>{@link #safeName} turns whatever the browser sent as a name into one safe to show and download (no folders,
 * control or direction-override characters, Windows-reserved characters; a name that reduces to nothing gets a
 * neutral one);</li>
 * <li>{@link #check} refuses empty, too large, disallowed or disguised files, comparing the content with the type
 * the name claims, before anything is stored. Services call it again even when the view already did: they are the
 * boundary.</li>
 * </ul>
 */
public final class UploadPolicy {

    /** Longest name kept, in UTF-16 units as String.length() counts (with the extension). */
    static final int MAX_NAME = 120;

    /** What a name that reduces to nothing is called (plus the extension of its type). */
    static final String FALLBACK_NAME = "file";

    private final long maxBytes;
    private final Set<FileType> types;
    private final String sizeKey;
    private final String typeKey;
    private final boolean contentReadLater;

    private UploadPolicy(long maxBytes, Set<FileType> types, String sizeKey, String typeKey,
            boolean contentReadLater) {
        if (maxBytes <= 0 || types.isEmpty()) {
            throw new IllegalArgumentException("an upload needs a positive limit and at least one type");
        }
        this.maxBytes = maxBytes;
        this.types = Set.copyOf(types);
        this.sizeKey = sizeKey;
        this.typeKey = typeKey;
        this.contentReadLater = contentReadLater;
    }

    /** Files of the given types up to {@code maxBytes}, refused with the shared {@code upload.error.*} messages. */
    public static UploadPolicy of(long maxBytes, FileType first, FileType... more) {
        return new UploadPolicy(maxBytes, EnumSet.of(first, more), "upload.error.size", "upload.error.type", false);
    }

    /** The same policy, refused with a feature's own messages (size: empty or too large; type: not allowed). */
    public UploadPolicy messages(String sizeMessageKey, String typeMessageKey) {
        return new UploadPolicy(maxBytes, types, sizeMessageKey, typeMessageKey, contentReadLater);
    }

    /**
     * The same policy for a file whose content the feature reads at once with a stricter reader that explains its
     * refusals better (the CSV import: {@code shared.csv.CsvReader} names a UTF-16 or unknown encoding); {@link #check}
     * then checks size, name and extension only.
     */
    public UploadPolicy contentReadLater() {
        return new UploadPolicy(maxBytes, types, sizeKey, typeKey, true);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Set<FileType> types() {
        return types;
    }

    public String sizeMessageKey() {
        return sizeKey;
    }

    public String typeMessageKey() {
        return typeKey;
    }

    /** Extensions (".pdf") and MIME types for the browser's file picker; the server checks again anyway. */
    public String[] acceptedFileTypes() {
        List<String> accepted = new ArrayList<>();
        for (FileType t : FileType.values()) {
            if (types.contains(t)) {
                t.extensions().forEach(e -> accepted.add("." + e));
                accepted.add(t.mimeType());
            }
        }
        return accepted.toArray(String[]::new);
    }

    /**
     * Reads at most {@link #maxBytes} from the stream; refuses (without reading further) as soon as there is more, so
     * a client that lies about the size or sends no length at all still cannot fill the memory.
     */
    public byte[] read(InputStream in) throws IOException {
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new UserFacingException(sizeKey);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** How much of a streamed file is looked at to prove its type ({@link FileType#knownByFirstBytes}). */
    public static final int HEAD_BYTES = 64;

    /**
     * Streams an upload to a private temporary file without ever holding it in memory: the name and the type it
     * claims are checked before reading, the first {@value #HEAD_BYTES} bytes must prove that type, and reading stops
     * (the partial file deleted) as soon as it passes the limit, whatever the client declared. Only for policies whose
     * types are all {@link FileType#knownByFirstBytes known by their first bytes}.
     *
     * @throws UserFacingException with this policy's keys; nothing is left behind
     */
    public StagedFile stage(InputStream in, @Nullable String fileName, @Nullable String declaredType)
            throws IOException {
        if (contentReadLater || !types.stream().allMatch(FileType::knownByFirstBytes)) {
            throw new IllegalStateException("streamed uploads need types known by their first bytes: " + this);
        }
        String[] name = {safeName(fileName)};
        FileType type = claimedType(name, declaredType);
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("upload-", ".part");
        boolean kept = false;
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[HEAD_BYTES];
            int headLength = 0;
            long total = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total))) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new UserFacingException(sizeKey);
                }
                if (headLength < HEAD_BYTES) {
                    int take = Math.min(n, HEAD_BYTES - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                    if (headLength == HEAD_BYTES && !type.matches(head)) {
                        throw new UserFacingException(typeKey);
                    }
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new UserFacingException(sizeKey);
            }
            if (headLength < HEAD_BYTES && !type.matches(Arrays.copyOf(head, headLength))) {
                throw new UserFacingException(typeKey);
            }
            kept = true;
            return new StagedFile(temp, name[0], type, total);
        } finally {
            if (!kept) {
                java.nio.file.Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The service's own check of a staged file (the boundary does not trust the view): it is still there, within the
     * limit, of an allowed type, and its first bytes still prove that type.
     */
    public StagedFile recheck(StagedFile file) {
        if (!types.contains(file.type())) {
            throw new UserFacingException(typeKey);
        }
        long size;
        byte[] head;
        try (InputStream in = file.open()) {
            size = java.nio.file.Files.size(file.path());
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException gone) {
            throw new UserFacingException("upload.error.failed");
        }
        if (size == 0 || size > maxBytes || size != file.size()) {
            throw new UserFacingException(sizeKey);
        }
        if (!file.type().matches(head)) {
            throw new UserFacingException(typeKey);
        }
        return new StagedFile(file.path(), safeName(file.name()).isEmpty() ? FALLBACK_NAME + "."
                + file.type().extensions().get(0) : safeName(file.name()), file.type(), size);
    }

    /** The type a (safe) name claims, or for a name without extension the declared one (the name then gets it). */
    private FileType claimedType(String[] name, @Nullable String declaredType) {
        Optional<FileType> claimed = name[0].isEmpty() ? Optional.empty() : FileType.ofName(name[0]);
        if (claimed.isEmpty()) {
            claimed = FileType.ofMimeType(declaredType);
            if (claimed.isPresent()) {
                name[0] = (name[0].isEmpty() ? FALLBACK_NAME : name[0]) + "." + claimed.get().extensions().get(0);
            }
        }
        return claimed.filter(types::contains).orElseThrow(() -> new UserFacingException(typeKey));
    }

    /** A checked file: the safe name, the type its content proved, and the bytes. */
    public record Checked(String name, FileType type, byte[] bytes) {
    }

    /**
     * Refuses what may not be stored ({@link UserFacingException} with this policy's keys) and returns the safe name
     * and the proven type. The type is the one the name's extension claims, or, for a name without one, the type the
     * browser declared (the name then gets its extension). Either way the content must match it.
     */
    public Checked check(@Nullable String fileName, @Nullable String declaredType, byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > maxBytes) {
            throw new UserFacingException(sizeKey);
        }
        String[] name = {safeName(fileName)};
        FileType type = claimedType(name, declaredType);
        if (!contentReadLater && !type.matches(bytes)) {
            throw new UserFacingException(typeKey);
        }
        return new Checked(name[0], type, bytes);
    }

    /**
     * The last path segment of a browser-sent name without control, format (zero-width, direction override) and
     * Windows-reserved characters, without leading dots and trailing dots or spaces, at most {@value #MAX_NAME}
     * characters with the extension kept. Empty when nothing is left ({@code "/"}, {@code "\0"}, {@code ".."}).
     */
    public static String safeName(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String last = raw;
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        if (slash >= 0) {
            last = last.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder();
        last.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                kept.append(' ');
            } else if (!Texts.invisible(cp) && "<>:\"|?*".indexOf(cp) < 0
                    && Character.getType(cp) != Character.SURROGATE
                    && Character.getType(cp) != Character.PRIVATE_USE && Character.getType(cp) != Character.UNASSIGNED) {
                kept.appendCodePoint(cp);
            }
        });
        String name = kept.toString().replaceAll(" {2,}", " ").strip();
        name = name.replaceFirst("^[. ]+", "").replaceFirst("[. ]+$", "");
        // Counted in UTF-16 units, as the name columns (VARCHAR(200)) count on H2: 120 emoji are 240 there, too long
        // for the column (MySQL counts 120); never cut through an emoji.
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String base = name.substring(0, name.length() - ext.length());
            int end = Math.min(MAX_NAME - ext.length(), base.length());
            if (end > 0 && Character.isHighSurrogate(base.charAt(end - 1))) {
                end--;
            }
            name = base.substring(0, end).strip() + ext;
        }
        return name;
    }

    @Override
    public String toString() {
        return "UploadPolicy" + Arrays.toString(acceptedFileTypes()) + " ≤ " + maxBytes;
    }
}
