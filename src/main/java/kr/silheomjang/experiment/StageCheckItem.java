package kr.silheomjang.experiment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A checklist item as the overview shows it: what the data says, plus the owner's "해당 없음" with its reason.
 *
 * @param late          open (not done, not waived) although its date before the event day has passed
 * @param waiverVersion the version of the "해당 없음" mark, for removing it; null when not marked
 */
public record StageCheckItem(StageCheck check, State state, @Nullable String reason, @Nullable String waivedBy,
        @Nullable Instant waivedAt, @Nullable Long waiverVersion, boolean late) {

    public enum State {
        DONE, OPEN, NOT_APPLICABLE;

        public String messageKey() {
            return "guide.state." + name();
        }
    }

    public String key() {
        return check.key();
    }

    public Stage stage() {
        return check.stage();
    }

    public boolean open() {
        return state == State.OPEN;
    }
}
