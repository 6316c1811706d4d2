package kr.silheomjang.experiment;

import org.jspecify.annotations.Nullable;

/**
 * One item of a stage's checklist, judged from real data.
 *
 * @param key    stable id and message key of the item's label, e.g. {@code "people.check.proposerConsent"}
 * @param stage  the stage it belongs to
 * @param done   whether the data shows it done
 * @param detail a short user text on the state, e.g. "확정 12명 / 초대 20명"; null for none
 * @param href   where to do it, relative to the app root, e.g. {@code "experiments/12/people"}
 */
public record StageCheck(String key, Stage stage, boolean done, @Nullable String detail, String href) {
}
