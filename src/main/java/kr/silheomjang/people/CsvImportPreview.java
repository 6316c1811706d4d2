package kr.silheomjang.people;

import java.util.List;

/** What an import would save (when {@code problems} is empty) or why it cannot (nothing is saved then). */
public record CsvImportPreview(List<ParticipantDraft> rows, List<CsvProblem> problems) {

    public boolean ok() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
