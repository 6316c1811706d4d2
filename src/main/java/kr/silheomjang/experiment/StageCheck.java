package kr.silheomjang.experiment;

import org.jspecify.annotations.Nullable;

/**
 * One item of a stage's checklist, judged from real data.
 *
 * @param key           stable id and message key of the item's label, e.g. {@code "people.check.proposerConsent"}
 * @param stage         the stage it belongs to
 * @param done          whether the data shows it done
 * @param detail        a short user text on the state, e.g. "확정 12명 / 초대 20명", or a message key and its parameters
 *                      separated by {@code |} (e.g. {@code "people.check.detail.confirmed|12|20"}), which the overview
 *                      translates when the key exists; null for none
 * @param href          where to do it, relative to the app root, e.g. {@code "experiments/12/people"}
 * @param dueDaysBefore how many days before the event day it must be done (e.g. 14: participants confirmed by D-14);
 *                      an item still open then is flagged on the overview and in the experiment list. Null: no date.
 */
public record StageCheck(String key, Stage stage, boolean done, @Nullable String detail, String href,
        @Nullable Integer dueDaysBefore) {

    /** An item without a date of its own. */
    public StageCheck(String key, Stage stage, boolean done, @Nullable String detail, String href) {
        this(key, stage, done, detail, href, null);
    }
}
