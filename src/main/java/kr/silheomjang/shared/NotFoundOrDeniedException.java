package kr.silheomjang.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * Thrown when an experiment does not exist or the user is not a member of it. One exception for both, so a guest cannot
 * learn that another experiment exists.
 */
public class NotFoundOrDeniedException extends AccessDeniedException {

    public NotFoundOrDeniedException(long experimentId) {
        super("Experiment " + experimentId + " not found or not accessible");
    }
}
