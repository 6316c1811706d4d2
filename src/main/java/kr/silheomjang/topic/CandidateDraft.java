package kr.silheomjang.topic;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a candidate proposal as a form or an import fills them in; validated by the service.
 * A known proposer has a name and contact channels (mail, phone, SNS); an unknown one is flagged.
 */
public record CandidateDraft(String title, String body, String sourcePlatform, @Nullable String sourceUrl,
        @Nullable LocalDate submittedOn, boolean proposerKnown, @Nullable String proposerName,
        @Nullable String proposerEmail, @Nullable String proposerPhone, @Nullable String proposerSns,
        List<String> tags) {

    public CandidateDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A draft with only the essentials, the rest empty (a proposer not known yet). */
    public static CandidateDraft of(String title, String body, String sourcePlatform) {
        return new CandidateDraft(title, body, sourcePlatform, null, null, false, null, null, null, null, List.of());
    }
}
