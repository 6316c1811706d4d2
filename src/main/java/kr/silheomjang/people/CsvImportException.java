package kr.silheomjang.people;

import java.util.List;

import kr.silheomjang.shared.UserFacingException;

/** An import refused as a whole, with every row-level problem (nothing was saved). */
public class CsvImportException extends UserFacingException {

    private final List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems) {
        super(problems.stream().map(CsvProblem::messageKey).distinct().toList());
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
