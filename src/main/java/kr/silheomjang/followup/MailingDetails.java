package kr.silheomjang.followup;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One mailing as the page shows it; {@code sentAt} is set once it was sent (then it is kept as it was). */
public record MailingDetails(long id, long version, MailTemplate template, Set<Segment> segments, String subject,
        String body, @Nullable String resultLink, @Nullable String scheduleText, @Nullable Instant sentAt,
        @Nullable String sentByName, Instant updatedAt, String updatedByName) {

    public boolean sent() {
        return sentAt != null;
    }

    public MailingDraft toDraft() {
        return new MailingDraft(segments, subject, body, resultLink, scheduleText);
    }
}
