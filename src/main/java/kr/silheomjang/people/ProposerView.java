package kr.silheomjang.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The proposer record of one experiment: the draft as saved, which caveats were explained (when, by whom), the
 * consent in force per kind (absent = never asked) and the full consent history, newest first. Contacts are null
 * for partner guests and after erasure.
 */
public record ProposerView(long version, ProposerDraft draft, Map<Caveat, Instant> caveatsExplained,
        String caveatsByName, Map<ConsentKind, ConsentEntryView> current, List<ConsentEntryView> history,
        Integer retentionDays, Instant contactsErasedAt, Instant updatedAt, String updatedByName) {
}
