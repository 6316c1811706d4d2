package kr.silheomjang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The part of the hand-off report the team writes: a short summary and highlights. {@code version} is null until the
 * first save (a save passes what it saw); {@code updatedByName}/{@code updatedAt} name who saved last.
 */
public record ReportText(@Nullable Long version, String summary, String highlights, ReportStatus status,
        @Nullable String updatedByName, @Nullable Instant updatedAt, @Nullable String completedByName,
        @Nullable Instant completedAt) {

    public static final ReportText EMPTY = new ReportText(null, "", "", ReportStatus.DRAFT, null, null, null, null);

    public boolean done() {
        return status == ReportStatus.DONE;
    }
}
