package kr.silheomjang.shared.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload streamed to a private temporary file by {@link UploadPolicy#stage}: already limited in size and proven
 * by its first bytes, not yet kept. A service re-checks it ({@link UploadPolicy#recheck}) and hands it to a
 * {@link FileStore}, which moves the file; anything never kept is {@link #discard discarded} (the dialog closed, the
 * user picked another file).
 */
public record StagedFile(Path path, String name, FileType type, long size) {

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** Deletes the temporary file if it is still there (a kept file has been moved away already). */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the system's temp cleaning takes it
        }
    }

    @Override
    public String toString() {
        return "StagedFile[" + type + ", " + size + " bytes]";
    }
}
