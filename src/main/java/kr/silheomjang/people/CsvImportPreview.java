package kr.silheomjang.people;

import java.util.List;
import java.util.Set;

import kr.silheomjang.shared.csv.CsvEncoding;

/**
 * What an import would save (when {@code problems} is empty) or why it cannot (nothing is saved then).
 *
 * @param encoding the encoding the file was read in, or null when it could not be read at all
 * @param clears for each row, the fields whose cell asks to clear the participant's value on update
 */
public record CsvImportPreview(List<ParticipantDraft> rows, List<CsvProblem> problems, CsvEncoding encoding,
        List<Set<ParticipantField>> clears) {

    public CsvImportPreview(List<ParticipantDraft> rows, List<CsvProblem> problems, CsvEncoding encoding) {
        this(rows, problems, encoding, rows.stream().map(r -> Set.<ParticipantField>of()).toList());
    }

    public boolean ok() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
