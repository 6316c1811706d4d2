package kr.silheomjang.topic;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One entry of a candidate's agency log; the attachment is fetched on its own. */
public record AgencyResponseView(long id, long version, String agency, LocalDate askedOn,
        @Nullable LocalDate answeredOn, @Nullable String summary, @Nullable String attachmentName,
        String updatedByName, Instant updatedAt) {
}
