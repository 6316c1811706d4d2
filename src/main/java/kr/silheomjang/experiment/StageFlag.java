package kr.silheomjang.experiment;

import org.jspecify.annotations.Nullable;

/**
 * Something about dates the team should see at once, on the overview and in the experiment list.
 *
 * @param checkKey the late item's key (for {@link Kind#LATE_ITEM}); null otherwise
 * @param days     the item's days before the event day (for {@link Kind#LATE_ITEM}); 0 otherwise
 */
public record StageFlag(Kind kind, @Nullable String checkKey, int days) {

    public enum Kind {
        /** The experiment is in 진행 although the event day has not come yet. */
        RUN_BEFORE_EVENT_DAY,
        /** An item with a date (e.g. participants confirmed by D-14) is still open after it. */
        LATE_ITEM
    }
}
