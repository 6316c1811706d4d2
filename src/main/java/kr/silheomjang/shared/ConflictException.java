package kr.silheomjang.shared;

import java.time.Instant;

/** Someone else saved the same thing first. Names who and when, so the UI can tell the user. */
public class ConflictException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConflictException(String changedBy, Instant changedAt) {
        super("Changed meanwhile by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
