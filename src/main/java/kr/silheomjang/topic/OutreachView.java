package kr.silheomjang.topic;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.people.ConsentEntryView;

/**
 * Outreach to a candidate's proposer as the detail page shows it: the log (newest first), the meeting notes and the
 * notice with their version ({@code -1}: nothing saved yet), and the consent answers. Once the candidate has an
 * experiment, the meeting day, the caveats and the consents are the experiment's (its calendar and consent log):
 * {@code experimentId} names it and {@code experimentVisible} says whether the caller is a member who may see them.
 */
public record OutreachView(long candidateId, boolean proposerKnown, long version, List<OutreachEntryView> log,
        MeetingNotesDraft notes, @Nullable Instant caveatsAt, @Nullable String caveatsByName, NoticeDraft notice,
        List<ConsentEntryView> consents, @Nullable Long experimentId, boolean experimentVisible,
        @Nullable Instant updatedAt, @Nullable String updatedByName) {
}
