package kr.silheomjang.shared;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A row changed between reading it and locking it (e.g. someone moved the card while this move waited for its
 * columns). Like a deadlock, it is retried at the service boundary with fresh reads ({@code shared.TransientRetry});
 * if it keeps happening, the user is told the change was not saved.
 */
public class LostRaceException extends PessimisticLockingFailureException {

    public LostRaceException(String message) {
        super(message);
    }
}
