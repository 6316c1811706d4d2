package kr.silheomjang.people;

/**
 * One problem of an imported file: the line in the file (1 = header; 0 = the file as a whole), a message key of the
 * people bundle and the offending value (shown to the user as {0} = line, {1} = value).
 */
public record CsvProblem(int line, String messageKey, String value) {
}
