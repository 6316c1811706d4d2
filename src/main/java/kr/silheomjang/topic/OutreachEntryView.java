package kr.silheomjang.topic;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One line of the outreach log: the step, when, channel, answer, note, who recorded it and when. */
public record OutreachEntryView(long id, OutreachStep step, LocalDate on, @Nullable String channel,
        @Nullable OutreachAnswer answer, @Nullable String note, String recordedByName, Instant recordedAt) {
}
