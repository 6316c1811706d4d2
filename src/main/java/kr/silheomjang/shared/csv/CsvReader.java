package kr.silheomjang.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import kr.silheomjang.shared.Texts;

/**
 * The one way the application reads an uploaded CSV. It detects the encoding instead of assuming one: UTF-8 with or
 * without a byte-order mark, else CP949/EUC-KR (what Korean Excel saves by default). It never guesses into mojibake:
 * a file that is neither strict UTF-8 nor plausible Korean CP949 (mostly everyday Hangul syllables) is refused, and
 * so is anything with control characters (a binary file renamed .csv). Cells come back with the formula prefix of
 * {@link CsvCells} removed and invisible characters stripped at both ends.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Reads a whole file (uploads are limited in size before they get here).
     *
     * @param maxRows how many rows to keep; {@link CsvTable#moreRows()} says whether there were more
     * @throws CsvFileException when the file is empty, in an unknown encoding, not text, or not CSV
     */
    public static CsvTable read(byte[] bytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw new CsvFileException("csv.error.empty");
        }
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new CsvFileException("csv.error.empty");
        }
        if (!looksLikeText(text)) {
            throw new CsvFileException("csv.error.notText");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = parser.getHeaderNames().stream().map(CsvReader::clean).toList();
            if (headers.stream().allMatch(String::isEmpty)) {
                throw new CsvFileException("csv.error.empty");
            }
            List<String> named = headers.stream().filter(h -> !h.isEmpty()).toList();
            if (named.stream().distinct().count() != named.size()) {
                throw new CsvFileException("csv.error.duplicateColumn",
                        named.stream().filter(h -> named.indexOf(h) != named.lastIndexOf(h)).findFirst().orElse(""));
            }
            List<CsvTable.Row> rows = new ArrayList<>();
            boolean more = false;
            for (CSVRecord rec : parser) {
                if (rows.size() >= maxRows) {
                    more = true;
                    break;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < headers.size() && i < rec.size(); i++) {
                    String v = clean(rec.get(i));
                    if (!headers.get(i).isEmpty() && !v.isEmpty()) {
                        values.put(headers.get(i), v);
                    }
                }
                // The header is line 1; a quoted line break inside a cell is not counted as a line of its own.
                rows.add(new CsvTable.Row((int) rec.getRecordNumber() + 1, rec.size(), rec.size() == headers.size(),
                        values));
            }
            return new CsvTable(decoded.encoding(), headers, rows, more);
        } catch (CsvFileException e) {
            throw e;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Unclosed quotes and the like.
            throw new CsvFileException("csv.error.malformed");
        }
    }

    /** The file's text and the encoding it was read in. */
    public record Decoded(CsvEncoding encoding, String text) {
    }

    /** Detects the encoding (see the class comment) and decodes; refuses rather than guess. */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, CsvWriter.UTF8_BOM)) {
            String text = strict(Arrays.copyOfRange(bytes, 3, bytes.length), CsvEncoding.UTF8_BOM.charset());
            if (text == null) {
                throw new CsvFileException("csv.error.encoding");
            }
            return new Decoded(CsvEncoding.UTF8_BOM, text);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            // Excel's "유니코드 텍스트" (UTF-16, tab-separated) is a different format, not a CSV.
            throw new CsvFileException("csv.error.utf16");
        }
        String utf8 = strict(bytes, CsvEncoding.UTF8.charset());
        if (utf8 != null) {
            return new Decoded(CsvEncoding.UTF8, utf8);
        }
        String korean = strict(bytes, CsvEncoding.CP949.charset());
        if (korean != null && plausibleKorean(bytes)) {
            return new Decoded(CsvEncoding.CP949, korean);
        }
        throw new CsvFileException("csv.error.encoding");
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A CP949 reading is believed only when at least half of the two-byte characters are Hangul syllables of KS X
     * 1001 (lead byte B0–C8, trail A1–FE), the 2,350 syllables everyday Korean is written in. Bytes of another
     * encoding that happen to decode fail here: Shift_JIS kana land in CP949's rare extended syllables, Latin-1 in
     * Hanja or nowhere. (GBK Chinese overlaps too much to tell apart; the preview shows encoding and rows.)
     */
    static boolean plausibleKorean(byte[] bytes) {
        int pairs = 0;
        int common = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || i + 1 >= bytes.length) {
                continue;
            }
            int trail = bytes[i + 1] & 0xFF;
            pairs++;
            if (b >= 0xB0 && b <= 0xC8 && trail >= 0xA1 && trail <= 0xFE) {
                common++;
            }
            i++;
        }
        return pairs > 0 && common * 2 >= pairs;
    }

    /**
     * True when the bytes are text a person wrote: UTF-8 (with or without BOM) or plausible Korean CP949, with no
     * control characters but tab, line breaks and form feed. Used for uploaded .txt and .csv files, so a renamed
     * binary is refused before it is stored.
     */
    public static boolean isPlainText(byte[] bytes) {
        try {
            return looksLikeText(decode(bytes).text().replace('\f', ' '));
        } catch (CsvFileException e) {
            return false;
        }
    }

    /** No control characters except tab and line breaks: a renamed binary file fails here. */
    static boolean looksLikeText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String cell) {
        String v = Texts.strip(cell == null ? "" : cell);
        return Texts.strip(CsvCells.restore(v));
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
