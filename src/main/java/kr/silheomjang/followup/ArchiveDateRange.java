package kr.silheomjang.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The dates an archive item of one experiment may carry, both ends included: the date picker offers these and the
 * service refuses anything outside (see {@code ArchiveService#dateRange}).
 */
public record ArchiveDateRange(LocalDate earliest, LocalDate latest) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** The range widened to a date already stored, which an edit may keep (an item saved before the rule). */
    public ArchiveDateRange including(@Nullable LocalDate stored) {
        if (stored == null) {
            return this;
        }
        return new ArchiveDateRange(stored.isBefore(earliest) ? stored : earliest,
                stored.isAfter(latest) ? stored : latest);
    }
}
