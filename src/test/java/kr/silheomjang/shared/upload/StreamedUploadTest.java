package kr.silheomjang.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.silheomjang.shared.UserFacingException;

/** Issue 13, point 2: uploads streamed to a file, limited and type-checked while they arrive; the store streams. */
class StreamedUploadTest {

    static final long LIMIT = 256 * 1024;
    static final UploadPolicy RECEIPTS = UploadPolicy.of(LIMIT, FileType.JPEG, FileType.PNG, FileType.PDF)
            .messages("size", "type");
    static final byte[] PDF = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A client that never stops sending (and never said how much): counts what was read from it. */
    static final class Endless extends InputStream {
        final byte[] start;
        long read;

        Endless(byte[] start) {
            this.start = start;
        }

        @Override
        public int read() {
            return read++ < start.length ? start[(int) read - 1] & 0xFF : 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    static Set<Path> parts() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("upload-")).collect(Collectors.toSet());
        }
    }

    static String refusal(ThrowingRunnable r) {
        try {
            r.run();
        } catch (UserFacingException e) {
            return String.join(",", e.messageKeys());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aTooLargeUploadIsRefusedWhileItStreamsAndLeavesNoFile() throws IOException {
        Set<Path> before = parts();
        Endless client = new Endless(PDF);
        assertThat(refusal(() -> RECEIPTS.stage(client, "영수증.pdf", "application/pdf"))).isEqualTo("size");
        // Reading stopped right after the limit, not at the end of a (here endless) stream.
        assertThat(client.read).isBetween(LIMIT + 1, LIMIT + 64 * 1024);
        assertThat(parts()).isEqualTo(before);
    }

    @Test
    void aFileWhoseFirstBytesContradictItsNameIsRefusedBeforeTheRestIsRead() throws IOException {
        Set<Path> before = parts();
        Endless pngCalledPdf = new Endless(PNG);
        assertThat(refusal(() -> RECEIPTS.stage(pngCalledPdf, "영수증.pdf", null))).isEqualTo("type");
        assertThat(pngCalledPdf.read).isLessThanOrEqualTo(64 * 1024);
        Endless exe = new Endless("MZ".getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(() -> RECEIPTS.stage(exe, "setup.exe", "application/octet-stream"))).isEqualTo("type");
        assertThat(exe.read).isZero(); // the name alone refuses it
        assertThat(refusal(() -> RECEIPTS.stage(new ByteArrayInputStream(new byte[0]), "빈.pdf", null)))
                .isEqualTo("size");
        assertThat(refusal(() -> RECEIPTS.stage(new ByteArrayInputStream(PNG), "짧은.jpg", null))).isEqualTo("type");
        assertThat(parts()).isEqualTo(before);
    }

    @Test
    void aProperUploadIsStagedWholeAndTheStoreStreamsItBack(@TempDir Path dir) throws IOException {
        byte[] content = Arrays.copyOf(PDF, (int) LIMIT); // exactly at the limit
        StagedFile staged = RECEIPTS.stage(new ByteArrayInputStream(content), "../견적서.pdf", "application/pdf");
        assertThat(staged.name()).isEqualTo("견적서.pdf");
        assertThat(staged.type()).isEqualTo(FileType.PDF);
        assertThat(staged.size()).isEqualTo(LIMIT);
        assertThat(RECEIPTS.recheck(staged).size()).isEqualTo(LIMIT);
        FileStore store = new FileStore(dir);
        String key = store.keep(staged);
        assertThat(Files.exists(staged.path())).isFalse(); // moved, not copied
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        store.deleteLater(key);
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void theServiceCheckRefusesAStagedFileThatChangedOrLies(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("x.part");
        Files.write(p, PNG);
        assertThat(refusal(() -> RECEIPTS.recheck(new StagedFile(p, "a.pdf", FileType.PDF, PNG.length))))
                .isEqualTo("type");
        assertThat(refusal(() -> RECEIPTS.recheck(new StagedFile(p, "a.png", FileType.PNG, 3)))).isEqualTo("size");
        assertThat(refusal(() -> RECEIPTS.recheck(new StagedFile(p, "a.gif", FileType.GIF, PNG.length))))
                .isEqualTo("type");
        assertThat(RECEIPTS.recheck(new StagedFile(p, "a.png", FileType.PNG, PNG.length)).type())
                .isEqualTo(FileType.PNG);
    }
}
