package kr.silheomjang.followup;

import org.jspecify.annotations.Nullable;

/** Narrows the archive: one kind, one tag, and words found in title, description, tags or alt text. */
public record ArchiveFilter(@Nullable ArchiveKind kind, @Nullable String tag, @Nullable String search) {

    public static final ArchiveFilter ALL = new ArchiveFilter(null, null, null);
}
