package kr.silheomjang.people;

import java.util.List;
import java.util.Map;

/**
 * What updating from a file would meet among the participants its rows already are, as the list is now.
 *
 * @param seenVersions the matched participants, id → version: the import refuses if any changed after this check
 * @param conflicts rows an update would write over a change made since the export (never written silently)
 * @param unchecked how many matched participants have a row without the export's change check (a hand-made list,
 *        or a row added by hand): their update is not compared with changes made since the file was written
 */
public record CsvUpdateCheck(Map<Long, Long> seenVersions, List<CsvConflict> conflicts, int unchecked) {

    public CsvUpdateCheck {
        seenVersions = Map.copyOf(seenVersions);
        conflicts = List.copyOf(conflicts);
    }
}
