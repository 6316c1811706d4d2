package kr.silheomjang.shared.csv;

import java.util.List;
import java.util.Map;

/**
 * A CSV file as read by {@link CsvReader}: the detected encoding, the header names, and the rows under them. Cell
 * values have the export's formula prefix removed and are stripped of invisible characters at both ends.
 *
 * @param moreRows true when the file had more rows than the reader was allowed to keep
 */
public record CsvTable(CsvEncoding encoding, List<String> headers, List<Row> rows, boolean moreRows) {

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One line under the header.
     *
     * @param line the line number in the file (the header is line 1)
     * @param cells the number of cells found on the line
     * @param consistent whether the line has as many cells as the header
     */
    public record Row(int line, int cells, boolean consistent, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        /** The value under the column, or null when the column is missing or the cell is empty. */
        public String get(String column) {
            return values.get(column);
        }
    }
}
