package kr.silheomjang.people;

import java.util.List;

import kr.silheomjang.shared.csv.CsvEncoding;

/**
 * What an import would save (when {@code problems} is empty) or why it cannot (nothing is saved then).
 *
 * @param encoding the encoding the file was read in, or null when it could not be read at all
 */
public record CsvImportPreview(List<ParticipantDraft> rows, List<CsvProblem> problems, CsvEncoding encoding) {

    public boolean ok() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
