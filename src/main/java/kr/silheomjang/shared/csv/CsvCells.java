package kr.silheomjang.shared.csv;

/**
 * Spreadsheet formula injection: a cell that starts with {@code = + - @}, a tab or a line break is run as a formula
 * by Excel and LibreOffice (an anonymous survey answer {@code =HYPERLINK(...)} becomes a live link in a staff
 * member's sheet). Export prefixes such cells with {@code '} (shown as text, the apostrophe hidden); import removes
 * exactly that prefix again, so a value makes the round trip unchanged. Leading spaces before the sign count too.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@";

    private CsvCells() {
    }

    /** The cell as it is safe to write. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return formulaLike(value) ? "'" + value : value;
    }

    /** The value a cell written by {@link #neutralise} stood for. */
    public static String restore(String cell) {
        if (cell == null || cell.isEmpty() || cell.charAt(0) != '\'') {
            return cell;
        }
        return formulaLike(cell) ? cell.substring(1) : cell;
    }

    /**
     * Whether the value, after any apostrophes it already starts with, would start a formula. Looking past existing
     * apostrophes keeps the mapping reversible: a value that itself begins with {@code '=} is written as {@code ''=}.
     */
    static boolean formulaLike(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && s.charAt(i) == '\'') {
            i++;
        }
        if (i == n) {
            return false;
        }
        char first = s.charAt(i);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0' || s.charAt(i) == '\u3000')) {
            i++;
        }
        return i < n && TRIGGERS.indexOf(s.charAt(i)) >= 0;
    }
}
