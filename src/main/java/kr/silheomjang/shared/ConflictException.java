package kr.silheomjang.shared;

import java.time.Instant;
import java.util.List;

/** Someone else saved the same thing first. Names who and when, so the UI can tell the user. */
public class ConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;
    private final List<String> subjects;

    public ConflictException(String changedBy, Instant changedAt) {
        this(changedBy, changedAt, List.of());
    }

    /**
     * When one action covers many rows (an import): {@code subjects} names the rows that changed (stored names, shown
     * as {2} of the conflict message); {@code changedBy} and {@code changedAt} are of the latest change.
     */
    public ConflictException(String changedBy, Instant changedAt, List<String> subjects) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.subjects = List.copyOf(subjects);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public List<String> subjects() {
        return subjects;
    }
}
