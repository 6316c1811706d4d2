package kr.silheomjang.shared.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import kr.silheomjang.shared.UserFacingException;

class UploadPolicyTest {

    static final UploadPolicy ALL = UploadPolicy.of(1024 * 1024, FileType.PDF, FileType.values());

    @Test
    void namesThatReduceToNothingGetANeutralNameWithTheDeclaredType() {
        assertThat(UploadPolicy.safeName("/")).isEmpty();
        assertThat(UploadPolicy.safeName("\0")).isEmpty();
        assertThat(UploadPolicy.safeName("..")).isEmpty();
        assertThat(UploadPolicy.safeName(null)).isEmpty();
        assertThat(UploadPolicy.safeName("\u200B\u3000")).isEmpty();
        assertThat(ALL.check("/", "image/png", png()).name()).isEqualTo("file.png");
        assertThat(ALL.check("\0", "text/plain", "메모".getBytes(StandardCharsets.UTF_8)).name()).isEqualTo("file.txt");
        // Nothing to go on: refused with a message, never an exception of the platform.
        assertThatThrownBy(() -> ALL.check("/", null, png())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKeys()).containsExactly("upload.error.type"));
    }

    @Test
    void namesLoseFoldersControlAndDirectionCharacters() {
        assertThat(UploadPolicy.safeName("../../etc/큐시트.txt")).isEqualTo("큐시트.txt");
        assertThat(UploadPolicy.safeName("C:\\Users\\김기획\\예산안.xlsx")).isEqualTo("예산안.xlsx");
        assertThat(UploadPolicy.safeName("a\0b.pdf")).isEqualTo("ab.pdf");
        // U+202E would show "회의록exe.pdf" as "회의록fdp.exe".
        assertThat(UploadPolicy.safeName("회의록\u202Efdp.exe")).isEqualTo("회의록fdp.exe");
        assertThat(UploadPolicy.safeName("  .hidden  ")).isEqualTo("hidden");
        assertThat(UploadPolicy.safeName("a<b>:c|d?e*.txt")).isEqualTo("abcde.txt");
        assertThat(UploadPolicy.safeName("결과   보고.pdf. ")).isEqualTo("결과 보고.pdf");
        String longName = "가".repeat(300) + ".pdf";
        String kept = UploadPolicy.safeName(longName);
        assertThat(kept).endsWith(".pdf").hasSize(UploadPolicy.MAX_NAME);
        // Emoji count as 2 (as H2's VARCHAR counts them), and none is cut in half.
        String emoji = UploadPolicy.safeName("😀".repeat(150) + ".png");
        assertThat(emoji).endsWith(".png").hasSizeLessThanOrEqualTo(UploadPolicy.MAX_NAME);
        assertThat(emoji.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isEmpty();
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo((UploadPolicy.MAX_NAME - 4) / 2 + 4);
    }

    @Test
    void everyTypeIsCheckedAgainstItsContent() throws IOException {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        for (FileType type : FileType.values()) {
            String name = "disguised." + type.extensions().get(0);
            assertThatThrownBy(() -> ALL.check(name, type.mimeType(), exe)).as(name)
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKeys()).containsExactly("upload.error.type"));
        }
        assertThat(ALL.check("a.pdf", null, "%PDF-1.7\n".getBytes()).type()).isEqualTo(FileType.PDF);
        assertThat(ALL.check("a.PNG", null, png()).type()).isEqualTo(FileType.PNG);
        assertThat(ALL.check("a.jpeg", null, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}).type())
                .isEqualTo(FileType.JPEG);
        assertThat(ALL.check("a.gif", null, "GIF89a....".getBytes()).type()).isEqualTo(FileType.GIF);
        assertThat(ALL.check("a.webp", null, "RIFF\0\0\0\0WEBPVP8 ".getBytes()).type()).isEqualTo(FileType.WEBP);
        assertThat(ALL.check("메모.txt", null, "1부 인사\r\n2부\t토론".getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(FileType.TXT);
        assertThat(ALL.check("메모.txt", null, "한글 메모장".getBytes(Charset.forName("x-windows-949"))).type())
                .isEqualTo(FileType.TXT);
        assertThat(ALL.check("명단.csv", null, "이름,전화\n김,010".getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(FileType.CSV);
        assertThat(ALL.check("보고서.hwp", null, hwp5()).type()).isEqualTo(FileType.HWP);
        assertThat(ALL.check("보고서.hwpx", null, zip("mimetype", "application/hwp+zip", "Contents/section0.xml"))
                .type()).isEqualTo(FileType.HWPX);
        assertThat(ALL.check("a.docx", null, zip("[Content_Types].xml", "<Types/>", "word/document.xml")).type())
                .isEqualTo(FileType.DOCX);
        assertThat(ALL.check("a.xlsx", null, zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml")).type())
                .isEqualTo(FileType.XLSX);
        assertThat(ALL.check("a.pptx", null, zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml"))
                .type()).isEqualTo(FileType.PPTX);

        // A Word .doc renamed .hwp is an OLE file too, but without the HWP signature.
        byte[] doc = hwp5();
        byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(new byte[signature.length], 0, doc, 512, signature.length);
        assertThatThrownBy(() -> ALL.check("문서.hwp", null, doc)).isInstanceOf(UserFacingException.class);
        // A text file with control characters is a binary in disguise; a docx is not a pptx.
        assertThatThrownBy(() -> ALL.check("a.txt", null, new byte[] {'a', 0, 1, 2}))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> ALL.check("a.pptx", null, zip("[Content_Types].xml", "<Types/>",
                "word/document.xml"))).isInstanceOf(UserFacingException.class);
    }

    @Test
    void onlyAllowedTypesEmptyAndOversizedAreRefusedWithTheFeatureMessages() {
        UploadPolicy photos = UploadPolicy.of(100, FileType.PNG).messages("photo.size", "photo.type");
        assertThatThrownBy(() -> photos.check("a.pdf", null, "%PDF-1.7".getBytes()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("photo.type"));
        assertThatThrownBy(() -> photos.check("a.exe", null, "MZ".getBytes()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("photo.type"));
        assertThatThrownBy(() -> photos.check("a.png", null, new byte[0]))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("photo.size"));
        assertThatThrownBy(() -> photos.check("a.png", null, new byte[101]))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKeys()).containsExactly("photo.size"));
        assertThat(photos.acceptedFileTypes()).containsExactly(".png", "image/png");
    }

    @Test
    void readingStopsAtTheLimitWithoutConsumingTheRest() throws IOException {
        UploadPolicy policy = UploadPolicy.of(1000, FileType.TXT);
        CountingStream huge = new CountingStream(50_000_000);
        assertThatThrownBy(() -> policy.read(huge)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKeys()).containsExactly("upload.error.size"));
        assertThat(huge.read).isEqualTo(1001);
        assertThat(policy.read(new CountingStream(1000))).hasSize(1000);
    }

    /** A stream of {@code length} bytes of 'a' that counts how many were read. */
    static final class CountingStream extends InputStream {
        final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    }

    /** The start of an HWP 5 file: the OLE header, and the FileHeader stream's signature further in. */
    static byte[] hwp5() {
        byte[] b = new byte[2048];
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole, 0, b, 0, ole.length);
        byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, b, 512, signature.length);
        return b;
    }

    /** A ZIP whose first entry is stored uncompressed (like "mimetype" in OWPML), then one more entry. */
    static byte[] zip(String first, String firstContent, String second) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                byte[] content = firstContent.getBytes(StandardCharsets.US_ASCII);
                ZipEntry e = new ZipEntry(first);
                e.setMethod(ZipEntry.STORED);
                e.setSize(content.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(content);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(content);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(second));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
