package kr.silheomjang.followup;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the mailing editor saves. */
public record MailingDraft(Set<Segment> segments, String subject, String body, @Nullable String resultLink,
        @Nullable String scheduleText) {

    public MailingDraft {
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.strip();
        resultLink = resultLink == null || resultLink.isBlank() ? null : resultLink.strip();
        scheduleText = scheduleText == null || scheduleText.isBlank() ? null : scheduleText.strip();
    }
}
