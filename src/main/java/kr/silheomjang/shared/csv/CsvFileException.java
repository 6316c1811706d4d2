package kr.silheomjang.shared.csv;

import kr.silheomjang.shared.UserFacingException;

/** A file that cannot be read as CSV at all (empty, unknown encoding, binary, broken quoting, duplicate columns). */
public class CsvFileException extends UserFacingException {

    private final String value;

    public CsvFileException(String messageKey) {
        this(messageKey, "");
    }

    public CsvFileException(String messageKey, String value) {
        super(messageKey);
        this.value = value;
    }

    /** The offending value (e.g. a duplicated column name), or empty. */
    public String value() {
        return value;
    }

    public String messageKey() {
        return messageKeys().get(0);
    }
}
