package kr.silheomjang.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for an archive item. {@code link} is for items that live elsewhere (a video on a platform,
 * an article); an uploaded file is passed beside the draft when the item is made. {@code noFilmingConfirmed}: the
 * uploader of a photo confirms that nobody on the 촬영 불가 list appears in it. {@code onResultsPage}: shown on the
 * public results page (public items only).
 */
public record ArchiveDraft(@Nullable ArchiveKind kind, @Nullable String title, @Nullable String link,
        @Nullable LocalDate date, @Nullable String description, List<String> tags, @Nullable String altText,
        @Nullable SubtitleStatus subtitles, boolean noFilmingConfirmed, boolean publicItem, boolean onResultsPage) {

    public ArchiveDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The same draft with its public flag changed (a quick toggle in the list). */
    public ArchiveDraft withPublic(boolean value) {
        return new ArchiveDraft(kind, title, link, date, description, tags, altText, subtitles, noFilmingConfirmed,
                value, value && onResultsPage);
    }
}
