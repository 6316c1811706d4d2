package kr.silheomjang.people;

import java.time.Instant;
import java.util.List;

/**
 * A row of an exported file whose participant someone changed after the export, where the file would write a value
 * that differs from the one the list has now: updating it could undo that change, so it is never written silently.
 *
 * @param line the row's line in the file
 * @param participantId the participant the row matches
 * @param name the participant's name as the list has it now (stored text)
 * @param changedBy who changed the participant last (stored text)
 * @param changedAt when
 * @param fields the fields where the file's value differs from the list's
 */
public record CsvConflict(int line, long participantId, String name, String changedBy, Instant changedAt,
        List<ParticipantField> fields) {

    public CsvConflict {
        fields = List.copyOf(fields);
    }
}
