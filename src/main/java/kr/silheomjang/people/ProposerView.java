package kr.silheomjang.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.silheomjang.schedule.ProposerMeeting;

/**
 * The proposer record of one experiment: the draft as saved, which caveats were explained (when, by whom), the
 * consent in force per kind (absent = never asked) and the full consent history, newest first. Contacts are null
 * for partner guests and after erasure. {@code meeting} is the calendar's proposer meeting as read with it (the draft's
 * meeting date is its day): a save gives it back, so that a move on the calendar since is a conflict.
 */
public record ProposerView(long version, ProposerDraft draft, Map<Caveat, Instant> caveatsExplained,
        String caveatsByName, Map<ConsentKind, ConsentEntryView> current, List<ConsentEntryView> history,
        Integer retentionDays, Instant contactsErasedAt, Instant updatedAt, String updatedByName,
        ProposerMeeting meeting) {
}
