package kr.silheomjang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One archive item as the archive shows it; {@code version} is what a save must match. */
public record ArchiveItemView(long id, long version, ArchiveKind kind, String title, @Nullable String link,
        @Nullable String fileName, @Nullable String fileType, @Nullable Long fileSize, LocalDate date,
        String description, List<String> tags, @Nullable String altText, @Nullable SubtitleStatus subtitles,
        boolean noFilmingConfirmed, @Nullable String confirmedByName, boolean publicItem, boolean onResultsPage,
        String createdByName, String updatedByName, Instant updatedAt) {

    public boolean hasFile() {
        return fileName != null;
    }

    public boolean isImage() {
        return fileType != null && fileType.startsWith("image/");
    }

    /** Accessible for everyone: a photo with alt text, a video with subtitles; other kinds need nothing more. */
    public boolean accessible() {
        return switch (kind) {
            case PHOTO -> altText != null && !altText.isBlank();
            case VIDEO -> subtitles == SubtitleStatus.HAS;
            default -> true;
        };
    }

    public ArchiveDraft toDraft() {
        return new ArchiveDraft(kind, title, link, date, description, tags, altText, subtitles, noFilmingConfirmed,
                publicItem, onResultsPage);
    }
}
