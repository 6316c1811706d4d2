package kr.silheomjang.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the application writes CSV: UTF-8 with a byte-order mark (Korean Excel opens it without garbling),
 * Excel's dialect (comma, CRLF, quotes where needed), and every text cell passed through
 * {@link CsvCells#neutralise} so no cell reaches a spreadsheet as a formula. Numbers and dates are written as they
 * are (they cannot start a formula). Every feature's export, present or future, goes through here.
 *
 * <pre>{@code
 * CsvWriter csv = CsvWriter.withHeader("이름", "전화번호");
 * csv.row("김철수", "010-1234-5678");
 * byte[] file = csv.toBytes();
 * }</pre>
 */
public final class CsvWriter {

    /** The UTF-8 byte-order mark every export starts with. */
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The content type to serve the bytes with. */
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;

    private CsvWriter(List<String> header) {
        try {
            printer = new CSVPrinter(text, CSVFormat.EXCEL);
            printer.printRecord(cells(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvWriter withHeader(String... header) {
        return new CsvWriter(List.of(header));
    }

    public static CsvWriter withHeader(List<String> header) {
        return new CsvWriter(header);
    }

    /** One line; null cells are written empty. */
    public CsvWriter row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    public CsvWriter row(List<?> values) {
        try {
            printer.printRecord(cells(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file: BOM, then the lines in UTF-8. */
    public byte[] toBytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }

    private static List<Object> cells(List<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v == null) {
                out.add("");
            } else if (v instanceof Number || v instanceof java.time.temporal.TemporalAccessor) {
                out.add(v.toString());
            } else {
                out.add(CsvCells.neutralise(v.toString()));
            }
        }
        return out;
    }
}
