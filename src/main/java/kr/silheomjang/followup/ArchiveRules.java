package kr.silheomjang.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kr.silheomjang.shared.Texts;
import kr.silheomjang.shared.UserFacingException;

/**
 * Checks an archive draft before anything is written, every refusal at once (Korean messages by key), and returns
 * the cleaned draft. The accessibility rule lives here: a photo needs alt text and a video a subtitle status before
 * it may be public; a photo needs its uploader's word that nobody on the 촬영 불가 list is in it.
 */
final class ArchiveRules {

    /** The columns' sizes, counted as String.length() does (H2 counts an emoji as 2, MySQL as 1: this fits both). */
    static final int MAX_TITLE = 200;
    static final int MAX_LINK = 1000;
    static final int MAX_TEXT = 2000;
    static final int MAX_ALT = 500;
    static final int MAX_TAG = 30;
    static final int MAX_TAGS = 10;

    private ArchiveRules() {
    }

    /**
     * @param hasFile whether the item has (or gets now) an uploaded file; without one it needs a link
     * @param fileIsImage whether that file is an image (a photo item's file must be)
     * @param dates the dates the item may carry (a 1900 or 9999 date is a slip of the picker, not an archive date)
     */
    static ArchiveDraft check(@Nullable ArchiveDraft d, boolean hasFile, boolean fileIsImage,
            ArchiveDateRange dates) {
        if (d == null) {
            throw new UserFacingException("followup.archive.error.kind");
        }
        List<String> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add("followup.archive.error.kind");
        }
        String title = Texts.strip(d.title() == null ? "" : d.title());
        if (title.isEmpty()) {
            errors.add("followup.archive.error.title");
        } else if (title.length() > MAX_TITLE) {
            errors.add("followup.archive.error.titleLong");
        }
        if (d.date() == null) {
            errors.add("followup.archive.error.date");
        } else if (!dates.contains(d.date())) {
            errors.add("followup.archive.error.dateRange");
        }
        String link = Texts.stripToNull(d.link() == null ? "" : d.link());
        if (hasFile) {
            link = null; // the uploaded file is the item
        } else if (link == null) {
            errors.add("followup.archive.error.linkOrFile");
        } else if (link.length() > MAX_LINK) {
            errors.add("followup.archive.error.linkLong");
        } else if (!Texts.isWebAddress(link)) {
            errors.add("followup.archive.error.link");
        }
        String description = Texts.strip(d.description() == null ? "" : d.description());
        if (description.length() > MAX_TEXT) {
            errors.add("followup.archive.error.descriptionLong");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : d.tags()) {
            String tag = Texts.strip(raw == null ? "" : raw.replace(",", " ")).replaceFirst("^#", "");
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t.length() > MAX_TAG)) {
            errors.add("followup.archive.error.tags");
        }
        String alt = Texts.stripToNull(d.altText() == null ? "" : d.altText());
        if (alt != null && alt.length() > MAX_ALT) {
            errors.add("followup.archive.error.altLong");
        }
        SubtitleStatus subtitles = d.kind() == ArchiveKind.VIDEO ? d.subtitles() : null;
        if (d.kind() == ArchiveKind.PHOTO) {
            if (!d.noFilmingConfirmed()) {
                errors.add("followup.archive.error.noFilming");
            }
            if (hasFile && !fileIsImage) {
                errors.add("followup.archive.error.photoFile");
            }
        }
        if (d.publicItem() && d.kind() == ArchiveKind.PHOTO && alt == null) {
            errors.add("followup.archive.error.altRequired");
        }
        if (d.publicItem() && d.kind() == ArchiveKind.VIDEO && subtitles == null) {
            errors.add("followup.archive.error.subtitleRequired");
        }
        if (d.onResultsPage() && !d.publicItem()) {
            errors.add("followup.archive.error.resultsNeedPublic");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        return new ArchiveDraft(d.kind(), title, link, d.date(), description, List.copyOf(tags), alt, subtitles,
                d.kind() == ArchiveKind.PHOTO && d.noFilmingConfirmed(), d.publicItem(), d.onResultsPage());
    }
}
