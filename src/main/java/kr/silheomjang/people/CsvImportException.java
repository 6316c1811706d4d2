package kr.silheomjang.people;

import java.util.List;

import kr.silheomjang.shared.UserFacingException;

/** An import refused as a whole, with every row-level problem (nothing was saved). */
public class CsvImportException extends UserFacingException {

    private final List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems) {
        // One summary for the user; the rows are listed in the import preview.
        super("people.csv.refused");
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
