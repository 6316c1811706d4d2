package kr.silheomjang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The results page as its editors see it; only the owner publishes it ({@code canPublish}). {@code enabled} false: not opted in (no address exists). The address is
 * never here: only its hash is stored, so it is shown once, to whoever makes it.
 */
public record ResultsPageSettings(boolean enabled, long version, @Nullable String channel, @Nullable String schedule,
        @Nullable String platformUrl, @Nullable Instant builtAt, @Nullable Instant publishedAt,
        @Nullable String publishedByName, @Nullable String updatedByName, @Nullable Instant updatedAt,
        boolean canEdit, boolean canPublish) {

    public boolean published() {
        return publishedAt != null;
    }
}
